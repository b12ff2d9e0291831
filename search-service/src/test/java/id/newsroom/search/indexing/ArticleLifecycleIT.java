package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.newsroom.search.support.Article;
import id.newsroom.search.support.SearchITBase;

/** An article's whole life through Kafka: only PUBLISHED is searchable, versions decide, nothing stale returns. */
class ArticleLifecycleIT extends SearchITBase {

    @Autowired
    MeterRegistry registry;

    double events(String outcome) {
        var counter = registry.find("news.search.events").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void visibilityFollowsTheLifecycle() {
        String marker = "kodelacak" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Article article = new Article("Warga Karawaci Bersihkan Saluran " + marker)
                .summary("Kerja bakti digelar menjelang musim hujan.")
                .body("<p>Warga membersihkan saluran air di lingkungan " + marker + ".</p>")
                .category("pemerintahan", "Pemerintahan").tags("Kerja Bakti");

        events.send(article.next("created", "DRAFT"));
        Article publishedV2 = article.published().snapshot();
        events.send(article);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(article.id));

        article.title = "Warga Karawaci Kerja Bakti Massal " + marker;
        events.send(article.next("edited", "PUBLISHED"));
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q("massal " + marker)).contains(article.id));
        assertThat(ids(q("saluran " + marker))).contains(article.id); // still in the body

        double staleBefore = events("stale");
        events.send(article.next("unpublished", "UNPUBLISHED"));
        await().atMost(VISIBLE_WITHIN).until(() -> !ids(q(marker)).contains(article.id));

        events.send(publishedV2); // an old PUBLISHED version delivered late must not bring it back
        await().atMost(VISIBLE_WITHIN).until(() -> events("stale") > staleBefore);
        assertThat(ids(q(marker))).doesNotContain(article.id);

        events.send(article.next("published", "PUBLISHED"));
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(article.id));

        double duplicatesBefore = events("duplicate");
        events.send(article.next("deleted", "DELETED"));
        events.send(article); // at-least-once: the same version again
        await().atMost(VISIBLE_WITHIN).until(() -> events("duplicate") > duplicatesBefore);
        // The duplicate may be counted before the delete is visible: a steady stream refreshes at most every 100 ms.
        await().atMost(VISIBLE_WITHIN).until(() -> !ids(q(marker)).contains(article.id));
        assertThat(http.get("/api/search/related/" + article.id).status()).isEqualTo(404);
    }

    @Test
    void changesBecomeSearchableQuicklyAndFreshnessIsMeasured() {
        long before = registry.find("news.search.freshness").timer().count();
        String marker = "segar" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Article article = new Article("Berita Segar " + marker).published();
        events.send(article);
        await().atMost(Duration.ofSeconds(5)).until(() -> ids(q(marker)).contains(article.id));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> registry.find("news.search.freshness").timer().count() > before);
    }
}
