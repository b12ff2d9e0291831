package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How the desk's state is read from the article document: a lock counts only until it expires. */
class ArticleViewDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private static Document stored() {
        Article a = new Article("0193a1b2-0000-7000-8000-000000000009", 4, Status.PUBLISHED, "taman", "Taman Kota",
                "", "<p>x</p>", new Article.Category("wisata", "Wisata"), List.of("taman"),
                new Article.Author("editor", "Redaksi"), null, NOW.minusSeconds(600), NOW.minusSeconds(60), null,
                NOW.minusSeconds(900), null, new Article.Seo("Taman Kota Baru", null));
        return ArticleDocuments.toDocument(a);
    }

    private static Document lock(Instant expiresAt) {
        return new Document("session", "tab-1").append("holder", new Document("id", "siti").append("name", "Siti"))
                .append("expiresAt", Date.from(expiresAt));
    }

    @Test
    void anUnexpiredLockIsShownAnExpiredOneIsNot() {
        ArticleView held = ArticleDocuments.view(stored().append("lock", lock(NOW.plusSeconds(30))), NOW);
        assertThat(held.lock().holder().name()).isEqualTo("Siti");
        assertThat(held.lock().heldByAnotherThan("tab-2", NOW)).isTrue();
        assertThat(held.lock().heldByAnotherThan("tab-1", NOW)).isFalse();
        assertThat(ArticleDocuments.view(stored().append("lock", lock(NOW)), NOW).lock()).isNull();
        assertThat(ArticleDocuments.view(stored(), NOW).lock()).isNull();
    }

    @Test
    void theWorkingCopyAndItsRevisionMakeTheEtag() {
        Document d = stored();
        ArticleView live = ArticleDocuments.view(d, NOW);
        assertThat(live.workingCopy()).isNull();
        assertThat(live.etag()).isEqualTo("\"4\"");
        assertThat(live.editable().seo().title()).isEqualTo("Taman Kota Baru");
        ContentRules.Content edit = new ContentRules.Content("Taman Kota Diresmikan", "", "<p>y</p>",
                new Article.Category("wisata", "Wisata"), List.of(), new Article.Author("editor", "Redaksi"), null,
                null, "taman-kota-diresmikan");
        d.append("workingCopy", ArticleDocuments.toDocument(edit)).append("workingRevision", 7L);
        ArticleView working = ArticleDocuments.view(d, NOW);
        assertThat(working.workingCopy()).as("with the slug the editor chose").isEqualTo(edit);
        assertThat(working.editable()).isEqualTo(edit);
        assertThat(working.etag()).isEqualTo("\"4.7\"");
        assertThat(working.article().title()).as("the live state is untouched").isEqualTo("Taman Kota");
    }
}
