package id.newsroom.article.editing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor or writer sends to create or replace an article. */
@Schema(description = "Isi artikel yang dikirim redaksi", example = """
        {"title": "Pemkot Tangerang Resmikan Taman Kota Baru di Cipondoh",
         "summary": "Taman seluas dua hektare itu dilengkapi jalur lari dan ruang bermain anak.",
         "body": "<p>Wali Kota Tangerang meresmikan taman kota baru di Kecamatan Cipondoh, Sabtu pagi.</p>",
         "category": "pemerintahan", "tags": ["taman kota", "cipondoh"],
         "image": {"url": "https://cdn.newsroom.id/foto/taman-cipondoh.jpg",
                   "caption": "Warga menikmati taman kota baru di Cipondoh.", "credit": "Foto: Redaksi"}}""")
public record ArticleRequest(
        @NotBlank @Size(min = 5, max = 200) String title,
        @Size(max = 500) String summary,
        @NotNull String body,
        @NotBlank String category,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Valid ImageRequest image,
        @Valid AuthorRequest author,
        @Valid SeoRequest seo,
        @Schema(description = "Slug pilihan redaksi (opsional); tanpa ini slug mengikuti judul sampai terbit pertama. "
                + "Slug lama artikel yang sudah terbit tetap mengarah (301) ke yang baru.",
                example = "taman-kota-cipondoh-diresmikan") @Size(max = Slugs.MAX_LENGTH) @Pattern(
                        regexp = Slugs.PATTERN,
                        message = "must be lower-case letters and digits joined by single '-'") String slug) {

    /** Without search-engine wording (the archive import builds requests this way). */
    public ArticleRequest(String title, String summary, String body, String category, List<String> tags,
            ImageRequest image, AuthorRequest author) {
        this(title, summary, body, category, tags, image, author, null, null);
    }

    /** Without a slug of the editor's choosing: the slug follows the rules of {@link SlugAllocation}. */
    public ArticleRequest(String title, String summary, String body, String category, List<String> tags,
            ImageRequest image, AuthorRequest author, SeoRequest seo) {
        this(title, summary, body, category, tags, image, author, seo, null);
    }

    /** Optional wording for search engines and shares; without it the title and summary serve. */
    @Schema(description = "Judul dan deskripsi untuk mesin pencari (opsional)",
            example = """
                    {"title": "Taman Kota Cipondoh Diresmikan, Ada Jalur Lari", "description": "Taman dua hektare di Cipondoh."}""")
    public record SeoRequest(@Size(max = 120) String title, @Size(max = 300) String description) {}

    /**
     * Exactly one of {@code url} (an external picture) or {@code mediaId} (a media of media-service, whose metadata
     * article-service knows from the media events; caption, credit and alt default to the media's).
     */
    @Schema(description = "Foto utama: url (foto luar) atau mediaId (foto dari media-service), tidak keduanya",
            example = """
                    {"mediaId": "0193a1f2-5c6d-7e8f-9a0b-1c2d3e4f5a6b", "caption": "Suasana taman kota Cipondoh."}""")
    public record ImageRequest(@Size(max = 2000) String url, @Size(max = 64) String mediaId,
            @Size(max = 500) String caption, @Size(max = 200) String credit, @Size(max = 500) String alt) {}

    public record AuthorRequest(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 200) String name) {}
}
