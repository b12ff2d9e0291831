package id.newsroom.feed.projection;

import java.net.http.HttpResponse;
import java.util.Map;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every lifecycle change reaches every timeline and the article page. */
class LifecycleIT extends FeedIntegrationTest {

    @Test
    void editUpdatesTheItemAndKeepsItsPlace() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", tags("edit-" + id));
        events.send(v1);
        awaitIn("/api/feed/categories/bisnis?limit=100", id);
        Map<String, Object> v2 = Events.next(v1, "edited", changes("title", "Judul yang dikoreksi"));
        events.send(v2);
        await().atMost(15, SECONDS)
                .untilAsserted(() -> assertThat(getJson("/api/articles/" + v1.get("slug")).get("title").asString())
                        .isEqualTo("Judul yang dikoreksi"));
        JsonNode item = getJson("/api/feed/tags/edit-" + id).get("items").get(0);
        assertThat(item.get("publishedAt").asString()).isEqualTo(v1.get("publishedAt"));
    }

    @Test
    void categoryAndTagChangeLeavesTheOldTimelines() {
        String id = Events.newId();
        String oldTag = "lama-" + id;
        String newTag = "baru-" + id;
        Map<String, Object> v1 = Events.published(id, "properti", tags(oldTag));
        events.send(v1);
        awaitIn("/api/feed/categories/properti?limit=100", id);
        events.send(Events.next(v1, "edited", changes("category", Map.of("slug", "hukum", "name", "Hukum"),
                "tags", tags(newTag))));
        awaitIn("/api/feed/categories/hukum?limit=100", id);
        awaitIn("/api/feed/tags/" + newTag, id);
        assertThat(ids(getJson("/api/feed/categories/properti?limit=100"))).doesNotContain(id);
        assertThat(get("/api/feed/tags/" + oldTag).statusCode()).as("the old tag has no article left").isEqualTo(404);
    }

    @Test
    void unpublishRemovesEverywhereAndRepublishBringsItBack() {
        String id = Events.newId();
        String tag = "tarik-" + id;
        Map<String, Object> v1 = Events.published(id, "kesehatan", tags(tag));
        String slug = (String) v1.get("slug");
        events.send(v1);
        awaitIn("/api/feed/categories/kesehatan?limit=100", id);
        assertThat(get("/api/articles/" + slug).statusCode()).isEqualTo(200);

        Map<String, Object> v2 = Events.next(v1, "unpublished", changes("status", "UNPUBLISHED"));
        events.send(v2);
        awaitNotIn("/api/feed/categories/kesehatan?limit=100", id);
        assertThat(ids(getJson("/api/feed?limit=100"))).doesNotContain(id);
        assertThat(get("/api/feed/tags/" + tag).statusCode()).isEqualTo(404);
        assertThat(get("/api/feed/authors/redaksi?limit=100").body()).doesNotContain(id);
        HttpResponse<String> page = get("/api/articles/" + slug);
        assertThat(page.statusCode()).as("taken down after publication: gone").isEqualTo(410);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));

        events.send(Events.next(v2, "published", changes("status", "PUBLISHED")));
        awaitIn("/api/feed/categories/kesehatan?limit=100", id);
        JsonNode item = getJson("/api/feed/tags/" + tag).get("items").get(0);
        assertThat(item.get("publishedAt").asString()).as("first publication time is kept")
                .isEqualTo(v1.get("publishedAt"));
        assertThat(get("/api/articles/" + slug).statusCode()).isEqualTo(200);
    }

    @Test
    void deleteRemovesTheArticleForGood() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "olahraga", tags("hapus-" + id));
        events.send(v1);
        awaitIn("/api/feed/categories/olahraga?limit=100", id);
        events.send(Events.next(v1, "deleted", changes("status", "DELETED")));
        awaitNotIn("/api/feed/categories/olahraga?limit=100", id);
        assertThat(get("/api/articles/" + v1.get("slug")).statusCode()).as("taken down: gone, not unknown")
                .isEqualTo(410);
        assertThat(get("/api/feed/tags/hapus-" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void draftOrScheduledArticlesAreNeverVisible() {
        String id = Events.newId();
        Map<String, Object> draft = Events.published(id, "tokoh", tags("draf-" + id));
        draft.put("status", "SCHEDULED");
        draft.put("change", "scheduled");
        draft.put("publishedAt", null);
        events.send(draft);
        // a later visible article on the same partition-free path proves the draft was consumed
        String marker = Events.newId();
        events.send(Events.published(marker, "tokoh", tags("penanda")));
        awaitIn("/api/feed/categories/tokoh?limit=100", marker);
        await().atMost(10, SECONDS)
                .untilAsserted(() -> assertThat(get("/api/articles/" + draft.get("slug")).statusCode()).isEqualTo(404));
        assertThat(ids(getJson("/api/feed/categories/tokoh?limit=100"))).doesNotContain(id);
    }

    @Test
    void theNewsroomsSearchEngineWordingReachesTheArticlePageOnlyWhenWritten() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "wisata", tags("seo-" + id));
        events.send(v1);
        String slug = (String) v1.get("slug");
        await().atMost(15, SECONDS).until(() -> get("/api/articles/" + slug).statusCode() == 200);
        assertThat(getJson("/api/articles/" + slug).has("seo")).as("absent: older pages keep their bytes").isFalse();
        events.send(Events.next(v1, "edited", changes("seo",
                Map.of("title", "Wisata Pantai Tangerang 2026", "description",
                        "Lima pantai untuk libur akhir tahun."))));
        await().atMost(15, SECONDS).until(() -> getJson("/api/articles/" + slug).has("seo"));
        JsonNode seo = getJson("/api/articles/" + slug).get("seo");
        assertThat(seo.get("title").asString()).isEqualTo("Wisata Pantai Tangerang 2026");
        assertThat(seo.get("description").asString()).isEqualTo("Lima pantai untuk libur akhir tahun.");
    }

    @Test
    void slugChangeKeepsTheOldSlugAnswering() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "pendidikan", tags("slug-" + id));
        events.send(v1);
        String oldSlug = (String) v1.get("slug");
        awaitIn("/api/feed/categories/pendidikan?limit=100", id);
        String newSlug = oldSlug + "-diperbarui";
        events.send(Events.next(v1, "edited", changes("slug", newSlug)));
        await().atMost(15, SECONDS).until(() -> get("/api/articles/" + newSlug).statusCode() == 200);
        JsonNode article = getJson("/api/articles/" + newSlug);
        assertThat(article.get("body").asString()).contains("Isi berita");
        HttpResponse<String> old = get("/api/articles/" + oldSlug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/api/articles/" + newSlug);
    }

    @Test
    void authorTimelineListsTheirArticles() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "tokoh", tags("penulis"));
        v1.put("author", Map.of("id", "penulis-" + id, "name", "Penulis Tamu"));
        events.send(v1);
        await().atMost(15, SECONDS)
                .untilAsserted(() -> assertThat(ids(getJson("/api/feed/authors/penulis-" + id))).containsExactly(id));
        assertThat(get("/api/feed/authors/tidak-ada-" + id).statusCode()).isEqualTo(404);
    }

    private void awaitIn(String path, String id) {
        await().atMost(15, SECONDS).untilAsserted(() -> assertThat(ids(getJson(path))).contains(id));
    }

    private void awaitNotIn(String path, String id) {
        await().atMost(15, SECONDS).untilAsserted(() -> assertThat(ids(getJson(path))).doesNotContain(id));
    }
}
