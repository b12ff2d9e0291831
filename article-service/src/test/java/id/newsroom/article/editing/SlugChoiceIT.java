package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A slug the editor chooses: on a draft at once, on a published story with the published update (readers' old links
 * then answer 301 in feed-service, which keeps every slug an article had); never one another article holds.
 */
class SlugChoiceIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    private static Map<String, Object> withSlug(String title, String slug) {
        Map<String, Object> req = Api.article(title, "properti");
        req.put("slug", slug);
        return req;
    }

    private static void assertProblem(Api.Response r, int status, String typeEnd, String detailPart) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith(typeEnd);
        assertThat(r.json().get("detail").asString()).contains(detailPart);
    }

    @Test
    void aChosenSlugOfAPublishedStoryGoesLiveWithTheUpdate() {
        Api.Response created = editor().post("/api/articles",
                Api.article("Harga Rumah di Serpong Naik Lagi", "properti"));
        String id = created.json().get("id").asString();
        assertThat(created.json().get("slug").asString()).isEqualTo("harga-rumah-di-serpong-naik-lagi");
        Api.Response published = editor().post("/api/articles/" + id + "/publish", null);

        Api.Response saved = editor().put("/api/articles/" + id,
                withSlug("Harga Rumah di Serpong Naik Lagi", "harga-rumah-serpong-2026"), published.etag());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("slug").asString()).as("the live page keeps its address until the update")
                .isEqualTo("harga-rumah-di-serpong-naik-lagi");
        assertThat(saved.json().get("workingCopy").get("slug").asString()).isEqualTo("harga-rumah-serpong-2026");

        Api.Response update = editor().send("POST", "/api/articles/" + id + "/publish", null,
                Map.of("If-Match", saved.etag()));
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.json().get("slug").asString()).isEqualTo("harga-rumah-serpong-2026");
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 3);
        EventCollector.Event edited = events.forArticle(id).get(2);
        assertThat(edited.change()).isEqualTo("edited");
        assertThat(edited.data().get("slug").asString()).isEqualTo("harga-rumah-serpong-2026");
        assertThat(EventSchema.violations(edited.value())).isEmpty();

        Api.Response retitled = editor().put("/api/articles/" + id,
                Api.article("Harga Rumah di Serpong Turun", "properti"), update.etag());
        Api.Response again = editor().send("POST", "/api/articles/" + id + "/publish", null,
                Map.of("If-Match", retitled.etag()));
        assertThat(again.json().get("slug").asString()).as("a new title alone does not move a published story")
                .isEqualTo("harga-rumah-serpong-2026");
    }

    @Test
    void aSlugHeldByAnotherArticleOrMalformedIsRefusedAndTheTextIsNotLost() {
        Api.Response first = writer().post("/api/articles",
                withSlug("Apartemen Baru di Karawaci Diluncurkan", "apartemen-karawaci"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("slug").asString()).isEqualTo("apartemen-karawaci");

        assertProblem(writer().post("/api/articles", withSlug("Apartemen Lain di Karawaci", "apartemen-karawaci")),
                409, "/slug-taken", "apartemen-karawaci");
        Api.Response other = writer().post("/api/articles", Api.article("Apartemen Lain di Karawaci", "properti"));
        String otherId = other.json().get("id").asString();
        assertProblem(writer().put("/api/articles/" + otherId,
                withSlug("Apartemen Lain di Karawaci", "apartemen-karawaci"), other.etag()), 409, "/slug-taken",
                "another article");
        assertThat(writer().get("/api/articles/" + otherId).json().get("slug").asString())
                .isEqualTo("apartemen-lain-di-karawaci");

        for (String bad : List.of("Apartemen Karawaci", "apartemen--karawaci", "-apartemen", "apartemen_karawaci")) {
            Api.Response r = writer().put("/api/articles/" + otherId, withSlug("Apartemen Lain di Karawaci", bad),
                    other.etag());
            assertProblem(r, 400, "/validation", "slug");
        }
        Api.Response own = writer().put("/api/articles/" + otherId,
                withSlug("Apartemen Lain di Karawaci", "apartemen-lain-karawaci"), other.etag());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("slug").asString()).isEqualTo("apartemen-lain-karawaci");
        Api.Response sameAgain = writer().put("/api/articles/" + otherId,
                withSlug("Apartemen Lain di Karawaci Selatan", "apartemen-lain-karawaci"), own.etag());
        assertThat(sameAgain.json().get("slug").asString()).as("a chosen slug stays when the title changes")
                .isEqualTo("apartemen-lain-karawaci");
    }
}
