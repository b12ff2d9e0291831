package id.newsroom.desk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import id.newsroom.desk.DeskUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EditorPageTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final DeskUser EDITOR = new DeskUser("editor", "Redaksi", true, "X-CSRF-TOKEN", "t");
    static final JsonNode SECTIONS = JSON.readTree("""
            {"items": [{"slug": "bisnis", "name": "Bisnis"}, {"slug": "wisata", "name": "Wisata"}]}""");

    @Test
    void aPublishedStoryIsEditedInItsWorkingCopyNotItsLiveText() {
        JsonNode story = JSON.readTree("""
                {"id": "a1", "status": "PUBLISHED", "slug": "pasar-baru", "title": "Live", "body": "<p>live</p>",
                 "category": {"slug": "bisnis"}, "tags": ["umkm"],
                 "workingCopy": {"title": "Draft update", "summary": "s", "body": "<p>next</p>",
                   "category": {"slug": "wisata"}, "tags": ["umkm", "pasar"], "author": {"id": "w", "name": "W"},
                   "image": {"mediaId": "m1", "alt": "Alt", "caption": "C", "credit": "Cr"},
                   "seo": {"title": "Judul SEO", "description": null}, "slug": "pasar-baru-2026"},
                 "review": {"state": "SUBMITTED", "note": "cek"}}""");
        EditorPage page = EditorPage.of(EDITOR, story, "\"7.2\"", SECTIONS, "http://site");
        assertThat(page.workingCopy()).isTrue();
        assertThat(page.title()).isEqualTo("Draft update");
        assertThat(page.body()).isEqualTo("<p>next</p>");
        assertThat(page.category()).isEqualTo("wisata");
        assertThat(page.tags()).isEqualTo("umkm, pasar");
        assertThat(page.image().mediaId()).isEqualTo("m1");
        assertThat(page.seoTitle()).isEqualTo("Judul SEO");
        assertThat(page.seoDescription()).isEmpty();
        assertThat(page.etag()).isEqualTo("\"7.2\"");
        assertThat(page.liveUrl()).as("the live page until the update is published")
                .isEqualTo("http://site/berita/pasar-baru");
        assertThat(page.slug()).as("the slug the editor chose, waiting for the update").isEqualTo("pasar-baru-2026");
        assertThat(page.slugChosen()).isTrue();
        assertThat(page.reviewState()).isEqualTo("SUBMITTED");
        assertThat(page.sections()).extracting(EditorPage.Section::name).containsExactly("Bisnis", "Wisata");
    }

    @Test
    void aDraftIsEditedAsItIsWithAnEmptyImage() {
        JsonNode draft = JSON.readTree("""
                {"id": "a2", "status": "DRAFT", "slug": "s", "title": "Draf", "body": "", "workingCopy": null,
                 "image": null, "category": {"slug": "bisnis"}}""");
        EditorPage page = EditorPage.of(EDITOR, draft, null, SECTIONS, "http://site");
        assertThat(page.workingCopy()).isFalse();
        assertThat(page.title()).isEqualTo("Draf");
        assertThat(page.image().mediaId()).isEmpty();
        assertThat(page.etag()).isEmpty();
        assertThat(page.liveUrl()).isNull();
        assertThat(page.statusLabel()).isEqualTo("Draf");
        assertThat(page.slug()).isEqualTo("s");
        assertThat(page.slugChosen()).as("a draft's slug follows its title until the editor types one").isFalse();
    }
}
