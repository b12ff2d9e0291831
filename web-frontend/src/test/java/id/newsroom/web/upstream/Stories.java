package id.newsroom.web.upstream;

import java.time.Instant;
import java.util.List;

/** Feed-service's and search-service's answers as the clients return them, for the controller slices' mocks. */
public final class Stories {

    /** Sunday 29 November 2026, 10:57 WIB. */
    public static final Instant SUNDAY_MORNING = Instant.parse("2026-11-29T03:57:00Z");

    private Stories() {}

    public static FeedModels.Timeline timeline(String nextCursor, FeedModels.Item... items) {
        return new FeedModels.Timeline(List.of(items), nextCursor);
    }

    public static FeedModels.Item item(String slug, String title, String category) {
        return new FeedModels.Item("id-" + slug, slug, title, "Ringkasan " + title + ".", section(category),
                List.of("umkm"), new FeedModels.Author("a-1", "Rina Wartawan"),
                FeedModels.Image.external("https://img.example.id/" + slug + ".jpg", "Foto", "Redaksi"),
                SUNDAY_MORNING, SUNDAY_MORNING);
    }

    public static FeedModels.Article article(String slug, String title) {
        return new FeedModels.Article("id-" + slug, slug, title, "Ringkasan " + title + ".",
                "<p>Pemerintah Kota melatih 300 pelaku UMKM.</p>", section("bisnis"), List.of("umkm", "tangsel"),
                new FeedModels.Author("a-1", "Rina Wartawan"),
                FeedModels.Image.external("https://img.example.id/" + slug + ".jpg", "Peserta pelatihan",
                        "Foto: Redaksi"),
                SUNDAY_MORNING, SUNDAY_MORNING.plusSeconds(3600), null);
    }

    public static SearchModels.Hit hit(String slug, String title, String snippet) {
        return new SearchModels.Hit("id-" + slug, slug, title, snippet, section("bisnis"), SUNDAY_MORNING);
    }

    private static FeedModels.Ref section(String slug) {
        return new FeedModels.Ref(slug, Character.toUpperCase(slug.charAt(0)) + slug.substring(1));
    }
}
