package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The editors' API over HTTP: validation, errors, workflow, ETags, revisions, listing, events of every kind. */
class ArticleApiIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    private String create(String title) {
        Api.Response r = editor().post("/api/articles", Api.article(title, "bisnis"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static void assertProblem(Api.Response r, int status, String detailPart) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).containsIgnoringCase(detailPart);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void clientMistakesAreProblemDetails() {
        Api e = editor();
        assertProblem(e.post("/api/articles", "{\"title\": \"Judul"), 400, "Malformed JSON");
        assertProblem(e.post("/api/articles", "[1,2]"), 400, "must be a JSON object");
        Map<String, Object> numberTitle = Api.article("Judul yang cukup panjang", "bisnis");
        numberTitle.put("title", 12345);
        assertProblem(e.post("/api/articles", numberTitle), 400, "title");
        String id = create("Artikel Untuk Jadwal Yang Salah Format");
        assertProblem(e.post("/api/articles/" + id + "/schedule", Map.of("at", "besok pagi")), 400,
                "at: value 'besok pagi'");
        Map<String, Object> unknownField = Api.article("Judul yang cukup panjang", "bisnis");
        unknownField.put("titel", "salah ketik");
        assertProblem(e.post("/api/articles", unknownField), 400, "unknown field 'titel'");
        Map<String, Object> wrongType = Api.article("Judul yang cukup panjang", "bisnis");
        wrongType.put("tags", Map.of("a", 1));
        assertProblem(e.post("/api/articles", wrongType), 400, "tags");
        Map<String, Object> wrongImage = Api.article("Judul yang cukup panjang", "bisnis");
        wrongImage.put("image", "https://cdn.newsroom.id/x.jpg");
        assertProblem(e.post("/api/articles", wrongImage), 400, "image");
        assertProblem(e.post("/api/articles", Api.article("Judul yang cukup panjang", "gosip")), 400,
                "unknown category 'gosip'");
        Api.Response tooShort = e.post("/api/articles", Api.article("Abc", "bisnis"));
        assertProblem(tooShort, 400, "title");
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        Map<String, Object> badUrl = Api.article("Judul yang cukup panjang", "bisnis");
        badUrl.put("image", Map.of("url", "javascript:alert(1)"));
        assertProblem(e.post("/api/articles", badUrl), 400, "image.url");
        Map<String, Object> manyTags = Api.article("Judul yang cukup panjang", "bisnis");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("tag" + i);
        }
        manyTags.put("tags", tags);
        assertProblem(e.post("/api/articles", manyTags), 400, "tags");
        Map<String, Object> bigBody = Api.article("Judul yang cukup panjang", "bisnis");
        bigBody.put("body", "<p>" + "a".repeat(210 * 1024) + "</p>");
        assertProblem(e.post("/api/articles", bigBody), 413, "limit");
        Map<String, Object> hugeRequest = Api.article("Judul yang cukup panjang", "bisnis");
        hugeRequest.put("body", "<p>" + "a".repeat(400 * 1024) + "</p>");
        assertProblem(e.post("/api/articles", hugeRequest), 413, "limit");
        assertProblem(e.get("/api/articles/does-not-exist"), 404, "does-not-exist");
        assertProblem(e.get("/api/articles?limit=0"), 400, "limit");
        assertProblem(e.get("/api/articles?status=BOGUS"), 400, "status");
        assertProblem(e.get("/api/articles?cursor=bm9wZQ"), 400, "cursor");
    }

    @Test
    void workflowAllowsOnlyValidTransitionsAndEveryEventFollowsTheContract() {
        String id = create("Bank Daerah Salurkan Kredit UMKM Rp 50 Miliar");
        Api e = editor();
        assertProblem(e.post("/api/articles/" + id + "/unpublish", null), 409, "DRAFT");
        Api.Response r = e.post("/api/articles/" + id + "/schedule",
                Map.of("at", Instant.now().plusSeconds(3600).toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("SCHEDULED");
        r = e.post("/api/articles/" + id + "/schedule", Map.of("at", Instant.now().plusSeconds(7200).toString()));
        assertThat(r.status()).isEqualTo(200);
        assertProblem(e.post("/api/articles/" + id + "/schedule", Map.of("at", "2001-01-01T00:00:00Z")), 400, "future");
        assertThat(e.post("/api/articles/" + id + "/publish", null).status()).isEqualTo(200);
        assertProblem(e.post("/api/articles/" + id + "/publish", null), 409, "PUBLISHED");
        assertProblem(
                e.post("/api/articles/" + id + "/schedule", Map.of("at", Instant.now().plusSeconds(60).toString())),
                409, "PUBLISHED");
        Api.Response current = e.get("/api/articles/" + id);
        Map<String, Object> edit = Api.article("Bank Daerah Salurkan Kredit UMKM Rp 60 Miliar", "bisnis");
        r = e.put("/api/articles/" + id, edit, current.etag());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("title").asString()).as("the live story waits for the update's publication")
                .isEqualTo(current.json().get("title").asString());
        assertThat(r.json().get("workingCopy").get("title").asString()).contains("Rp 60 Miliar");
        r = e.send("POST", "/api/articles/" + id + "/publish", null, Map.of("If-Match", r.etag()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("title").asString()).contains("Rp 60 Miliar");
        assertThat(r.json().get("workingCopy").isNull()).isTrue();
        assertThat(r.json().get("slug").asString()).as("slug is stable after publication")
                .isEqualTo(current.json().get("slug").asString());
        assertThat(r.json().get("publishedAt").asString()).isEqualTo(current.json().get("publishedAt").asString());
        assertThat(e.post("/api/articles/" + id + "/unpublish", null).status()).isEqualTo(200);
        assertThat(e.post("/api/articles/" + id + "/publish", null).status()).isEqualTo(200);
        Api.Response deleted = e.delete("/api/articles/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("status").asString()).isEqualTo("DELETED");
        assertThat(deleted.etag()).isEqualTo("\"8\"");
        Api.Response again = e.delete("/api/articles/" + id);
        assertProblem(again, 409, "DELETED");
        assertThat(again.json().get("currentStatus").asString()).isEqualTo("DELETED");
        assertProblem(e.put("/api/articles/" + id, edit, "\"8\""), 409, "DELETED");

        List<String> expected = List.of("created", "scheduled", "rescheduled", "published", "edited", "unpublished",
                "published", "deleted");
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 8);
        List<EventCollector.Event> got = events.forArticle(id);
        assertThat(got.stream().map(EventCollector.Event::change).toList()).isEqualTo(expected);
        assertThat(got.stream().map(EventCollector.Event::version).toList()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L,
                8L);
        assertThat(got.get(got.size() - 1).headers().get("ce_type")).isEqualTo("news.article.deleted");
        for (EventCollector.Event ev : got) {
            assertThat(EventSchema.violations(ev.value())).as(ev.value()).isEmpty();
        }

        JsonNode revisions = e.get("/api/articles/" + id + "/revisions").json().get("items");
        assertThat(revisions).hasSize(8);
        assertThat(revisions.get(4).get("change").asString()).isEqualTo("edited");
        assertThat(revisions.get(4).get("by").get("name").asString()).isEqualTo("Redaksi");
        assertThat(revisions.get(4).get("fields").toString()).contains("title");
    }

    @Test
    void putNeedsIfMatchAndRefusesStaleVersions() {
        String id = create("Pasar Modern Dibuka di Karawaci Pekan Depan");
        Map<String, Object> edit = Api.article("Pasar Modern Resmi Dibuka di Karawaci", "bisnis");
        assertProblem(editor().put("/api/articles/" + id, edit, null), 428, "If-Match");
        Api.Response ok = editor().put("/api/articles/" + id, edit, "\"1\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.etag()).isEqualTo("\"2\"");
        assertThat(ok.json().get("slug").asString()).as("draft slug follows the title")
                .startsWith("pasar-modern-resmi-dibuka-di-karawaci");
        Api.Response stale = editor().put("/api/articles/" + id, edit, "\"1\"");
        assertProblem(stale, 412, "version 2");
        assertThat(
                editor().send("POST", "/api/articles/" + id + "/publish", null, Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(412);
    }

    @Test
    void slugsAreUniqueAndIndonesianFriendly() {
        String a = create("Festival Kuliner Pasar Lama Digelar Akhir Pekan");
        String b = create("Festival Kuliner Pasar Lama Digelar Akhir Pekan");
        String slugA = editor().get("/api/articles/" + a).json().get("slug").asString();
        String slugB = editor().get("/api/articles/" + b).json().get("slug").asString();
        assertThat(slugA).isNotEqualTo(slugB);
        assertThat(slugB).startsWith("festival-kuliner-pasar-lama-digelar-akhir-pekan");
    }

    @Test
    void bodyIsSanitizedOnTheWayIn() {
        Map<String, Object> req = Api.article("Warga Keluhkan Jalan Rusak di Jatiuwung", "pemerintahan");
        req.put("body", "<p onclick=\"x()\">Jalan rusak</p><script>alert(1)</script><a href=\"javascript:x\">a</a>");
        req.put("summary", "<b>Ringkas</b>");
        JsonNode a = editor().post("/api/articles", req).json();
        assertThat(a.get("body").asString()).isEqualTo("<p>Jalan rusak</p><a rel=\"noopener noreferrer\">a</a>");
        assertThat(a.get("summary").asString()).isEqualTo("Ringkas");
    }

    @Test
    void newsroomListingPagesWithAKeysetCursorNewestChangeFirst() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> req = Api.article("Turnamen Futsal Pelajar Babak " + (i + 1), "olahraga");
            req.put("author", Map.of("id", "listing-author", "name", "Penulis Olahraga"));
            mine.add(editor().post("/api/articles", req).json().get("id").asString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        Instant previous = Instant.MAX;
        do {
            Api.Response page = writer().get("/api/articles?category=olahraga&author=listing-author&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (JsonNode item : page.json().get("items")) {
                Instant t = Instant.parse(item.get("updatedAt").asString());
                assertThat(t).isBeforeOrEqualTo(previous);
                previous = t;
                seen.add(item.get("id").asString());
            }
            JsonNode next = page.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);
        assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(editor().get("/api/articles?status=DELETED&category=olahraga&author=listing-author").json()
                .get("items")).isEmpty();
    }

    @Test
    void categoriesComeFromConfiguration() {
        JsonNode items = writer().get("/api/categories").json().get("items");
        List<String> slugs = new ArrayList<>();
        items.forEach(c -> slugs.add(c.get("slug").asString()));
        assertThat(slugs).contains("pemerintahan", "bisnis", "properti", "wisata", "tokoh", "olahraga", "pendidikan",
                "kesehatan", "hukum");
        assertThat(items.get(0).get("name").asString()).isEqualTo("Pemerintahan");
    }

    @Test
    void metricsHaveTheNamesTheDashboardsUse() {
        create("Metrik Pertama Untuk Dasbor Operasi");
        String prometheus = anonymous().get("/actuator/prometheus").body();
        assertThat(prometheus).contains("news_outbox_pending_events{", "news_outbox_oldest_pending_age_seconds{",
                "news_outbox_published_events_total{", "news_outbox_publish_failures_total{",
                "news_articles_scheduled_overdue{", "news_article_changes_total{", "change=\"created\"",
                "application=\"article-service\"", "http_server_requests_seconds_bucket");
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        Api.Response allowed = anonymous().send("OPTIONS", "/api/articles", null,
                Map.of("Origin", "http://localhost:3000",
                        "Access-Control-Request-Method", "POST"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        Api.Response refused = anonymous().send("OPTIONS", "/api/articles", null,
                Map.of("Origin", "https://evil.example",
                        "Access-Control-Request-Method", "POST"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void openApiDocumentsTheApiWithIndonesianExamples() {
        Api.Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/articles/{id}/publish", "Terbitkan artikel",
                "Pemkot Tangerang Resmikan");
    }
}
