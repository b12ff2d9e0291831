package id.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The fixture export read and converted without a server: every case it holds. */
class WxrReaderTest {

    static final Path FIXTURE = Path.of("src/test/resources/wxr/portal-tangerang.xml");
    static final Map<String, String> SECTIONS = new LinkedHashMap<>(Map.of("pemerintahan", "Pemerintahan", "bisnis",
            "Bisnis", "wisata", "Wisata"));

    @Test
    void readsAuthorsItemsMetaAndIgnoresComments() throws Exception {
        Map<String, String> authors = new LinkedHashMap<>();
        List<WxrItem> items = new ArrayList<>();
        WxrReader.read(FIXTURE, new WxrReader.Handler() {
            @Override
            public void author(String login, String displayName) {
                authors.put(login, displayName);
            }

            @Override
            public void item(WxrItem item) {
                items.add(item);
            }
        });
        assertThat(authors).containsEntry("siti", "Siti Rahmawati").containsEntry("budi", "Budi Santoso");
        assertThat(items).extracting(WxrItem::postId)
                .containsExactly(201L, 101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L, 110L, 111L, 112L);
        WxrItem banjir = items.get(1);
        assertThat(banjir.meta()).containsEntry("_thumbnail_id", "201").hasSize(2); // not the comment's meta
        assertThat(banjir.creator()).isEqualTo("siti");
        assertThat(banjir.postDateGmt()).isEqualTo("2023-01-09 01:30:00");
        assertThat(banjir.categories()).extracting(WxrItem.Term::domain).containsExactly("category", "post_tag",
                "post_tag");
        assertThat(items.get(0).attachmentUrl()).endsWith("/2023/01/banjir-rob-scaled.jpg");
        assertThat(items.get(0).meta()).containsEntry("_wp_attached_file", "2023/01/banjir-rob-scaled.jpg")
                .containsEntry("_wp_attachment_image_alt", "Genangan banjir rob di permukiman Kosambi");
    }

    @Test
    void convertsEveryCase() throws Exception {
        // pictures stay on the old site here (--no-pictures); WordpressImportTest brings them into media-service
        Sections sections = Sections.load(Path.of("src/test/resources/wxr/sections.yml"), SECTIONS);
        PostConverter converter = new PostConverter(Map.of("siti", "Siti Rahmawati", "budi", "Budi Santoso"),
                Map.of(201L,
                        new PostConverter.Attachment(
                                "https://portal-tangerang.example/wp-content/uploads/2023/01/banjir-rob.jpg",
                                null, "Air laut merendam permukiman.", "Foto: Dok. BPBD", null)),
                sections, null);
        Map<Long, PostConverter.Result> results = new LinkedHashMap<>();
        WxrReader.read(FIXTURE, new WxrReader.Handler() {
            @Override
            public void author(String login, String displayName) {}

            @Override
            public void item(WxrItem item) {
                results.put(item.postId(), converter.convert(item));
            }
        });
        assertThat(results.get(201L).skipped()).isEqualTo("attachment");
        assertThat(results.get(106L).skipped()).isEqualTo("status private");
        assertThat(results.get(107L).skipped()).isEqualTo("page");
        assertThat(results.get(108L).skipped()).isEqualTo("nav_menu_item");
        assertThat(results.get(109L).skipped()).isEqualTo("revision");

        Map<String, Object> banjir = results.get(101L).line();
        assertThat(banjir).containsEntry("externalId", "wp-101").containsEntry("status", "PUBLISHED")
                .containsEntry("slug", "banjir-rob-rendam-ratusan-rumah-di-kosambi")
                .containsEntry("publishedAt", "2023-01-09T01:30:00Z").containsEntry("category", "pemerintahan")
                .containsEntry("summary", "Ratusan rumah di Kosambi terendam banjir rob setinggi 60 sentimeter.")
                .containsEntry("tags", List.of("Banjir", "Kosambi"))
                .containsEntry("author", Map.of("id", "siti", "name", "Siti Rahmawati"));
        assertThat((String) banjir.get("body")).doesNotContain("wp:").doesNotContain("[caption")
                .contains("<figcaption>Warga melintasi genangan air laut di Kosambi.</figcaption>");
        assertThat(banjir.get("image")).isEqualTo(Map.of("url",
                "https://portal-tangerang.example/wp-content/uploads/2023/01/banjir-rob.jpg", "caption",
                "Air laut merendam permukiman.", "credit", "Foto: Dok. BPBD"));
        assertThat(banjir.get("legacy")).isEqualTo(Map.of("wordpressId", 101L, "permalink",
                "https://portal-tangerang.example/banjir-rob-rendam-ratusan-rumah-di-kosambi/"));

        Map<String, Object> cabai = results.get(102L).line();
        assertThat(cabai).containsEntry("category", "bisnis"); // by the mapping file
        assertThat((String) cabai.get("body")).startsWith("<p>Harga cabai rawit").contains("<br>Sebagian")
                .doesNotContain("[gallery");
        assertThat((String) cabai.get("summary")).startsWith("Harga cabai rawit di Pasar Anyar")
                .endsWith("berkurang karena cuaca.");
        assertThat(converter.droppedShortcodes).containsExactly(Map.entry("embed", 1), Map.entry("gallery", 1));

        assertThat(results.get(103L).line()).containsEntry("status", "SCHEDULED")
                .containsEntry("scheduledAt", "2030-06-01T02:00:00Z").containsEntry("category", "wisata") // by name
                .doesNotContainKey("publishedAt");
        assertThat(results.get(104L).line()).containsEntry("status", "DRAFT").doesNotContainKey("slug")
                .doesNotContainKey("publishedAt");
        assertThat(results.get(105L).line()).containsEntry("status", "DRAFT");
        assertThat(results.get(110L).line()).containsEntry("category", "pemerintahan"); // the default
        assertThat(sections.unmapped).containsExactly(Map.entry("Lain-lain (lain-lain)", 1));
    }

    @Test
    void malformedXmlSaysWhere() {
        assertThatThrownBy(() -> WxrReader.read(Path.of("src/test/resources/wxr/broken.xml"), new WxrReader.Handler() {
            @Override
            public void author(String login, String displayName) {}

            @Override
            public void item(WxrItem item) {}
        })).isInstanceOfSatisfying(WxrReader.MalformedException.class, e -> {
            assertThat(e.line).isEqualTo(13);
            assertThat(e.column).isPositive();
            assertThat(e.getMessage()).contains("wp:status");
        });
    }

    @Test
    void aMappingToAnUnknownSectionIsRefused() {
        assertThatThrownBy(() -> new Sections(SECTIONS, Map.of("ekonomi", "ekonomi-bisnis"), null))
                .hasMessageContaining("'ekonomi-bisnis', which is not a section");
    }
}
