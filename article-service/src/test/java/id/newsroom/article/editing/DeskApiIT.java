package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What the editors' desk needs from the API, over HTTP in the shared context: edit lock and take-over, the working
 * copy of a published story, review, revisions with content and restore, the desk's list filters.
 */
class DeskApiIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    private String create(Api api, String title) {
        Api.Response r = api.post("/api/articles", Api.article(title, "wisata"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static Api.Response put(Api api, String id, String title, String etag, String session) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("If-Match", etag));
        if (session != null) {
            headers.put("Edit-Session", session);
        }
        return api.send("PUT", "/api/articles/" + id, Api.article(title, "wisata"), headers);
    }

    private static void assertProblem(Api.Response r, int status, String typeEnd) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith(typeEnd);
    }

    @Test
    void aTakenOverTabCannotSaveOverTheNewHolder() {
        String id = create(editor(), "Wisata Situ Cipondoh Ramai Pengunjung");
        String path = "/api/articles/" + id + "/lock";
        Api.Response first = editor().send("PUT", path, Map.of("session", "tab-a", "takeOver", false), Map.of());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("holder").get("name").asString()).isEqualTo("Redaksi");
        assertThat(first.json().get("session").asString()).isEqualTo("tab-a");
        Api.Response renewed = editor().send("PUT", path, Map.of("session", "tab-a"), Map.of());
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(Instant.parse(renewed.json().get("expiresAt").asString()))
                .isAfterOrEqualTo(Instant.parse(first.json().get("expiresAt").asString()));

        Api.Response held = writer().send("PUT", path, Map.of("session", "tab-b", "takeOver", false), Map.of());
        assertProblem(held, 409, "/lock-held");
        assertThat(held.json().get("detail").asString()).contains("Redaksi");
        assertThat(held.json().get("expiresAt").asString()).isNotBlank();
        JsonNode shown = writer().get("/api/articles/" + id).json().get("lock");
        assertThat(shown.get("holder").get("name").asString()).isEqualTo("Redaksi");
        assertThat(shown.has("session")).as("another tab must not learn the holder's session").isFalse();
        assertThat(writer().get("/api/articles?q=situ+cipondoh").json().get("items").get(0).get("lock").isNull())
                .isFalse();

        Api.Response tookOver = editor().send("PUT", path, Map.of("session", "tab-c", "takeOver", true), Map.of());
        assertThat(tookOver.status()).isEqualTo(200);
        String etag = editor().get("/api/articles/" + id).etag();
        Api.Response stale = put(editor(), id, "Wisata Situ Cipondoh Makin Ramai", etag, "tab-a");
        assertProblem(stale, 409, "/lock-taken");
        assertThat(stale.json().get("detail").asString()).contains("Redaksi");
        Api.Response holder = put(editor(), id, "Wisata Situ Cipondoh Makin Ramai", etag, "tab-c");
        assertThat(holder.status()).as(holder.toString()).isEqualTo(200);
        assertProblem(editor().send("POST", "/api/articles/" + id + "/publish", null, Map.of("Edit-Session", "tab-a")),
                409, "/lock-taken");
        Api.Response script = put(editor(), id, "Wisata Situ Cipondoh Dibuka Malam", holder.etag(), null);
        assertThat(script.status()).as("a write without Edit-Session behaves as before").isEqualTo(200);

        assertThat(editor().delete(path + "?session=tab-a").status()).isEqualTo(204);
        assertThat(editor().get("/api/articles/" + id).json().get("lock").isNull()).as("not tab-a's lock").isFalse();
        assertThat(editor().delete(path + "?session=tab-c").status()).isEqualTo(204);
        assertThat(editor().get("/api/articles/" + id).json().get("lock").isNull()).isTrue();
        assertProblem(editor().send("PUT", "/api/articles/nope/lock", Map.of("session", "x"), Map.of()), 404,
                "/not-found");
        assertProblem(editor().send("PUT", path, Map.of("takeOver", true), Map.of()), 400, "/validation");
    }

    @Test
    void editsOfAPublishedStoryWaitInTheWorkingCopyUntilPublished() {
        String id = create(editor(), "Kebun Raya Tangerang Buka Jalur Sepeda");
        Api.Response published = editor().post("/api/articles/" + id + "/publish", null);
        assertThat(published.etag()).isEqualTo("\"2\"");
        String etag = published.etag();
        for (int i = 1; i <= 20; i++) { // an editor's autosaves, each with the ETag of the previous answer
            Api.Response saved = put(editor(), id, "Kebun Raya Tangerang Buka Jalur Sepeda Baru " + i, etag, "tab");
            assertThat(saved.status()).as("save %d: %s", i, saved).isEqualTo(200);
            assertThat(saved.etag()).isNotEqualTo(etag);
            assertThat(saved.json().get("version").asLong()).as("no event for a working-copy save").isEqualTo(2);
            assertThat(saved.json().get("title").asString()).isEqualTo("Kebun Raya Tangerang Buka Jalur Sepeda");
            etag = saved.etag();
        }
        assertThat(etag).isEqualTo("\"2.20\"");
        Api.Response got = writer().get("/api/articles/" + id);
        assertThat(got.etag()).isEqualTo(etag);
        assertThat(got.json().get("workingCopy").get("title").asString()).endsWith("Baru 20");
        assertProblem(put(editor(), id, "Kebun Raya Tangerang Judul Basi", "\"2\"", null), 412, "/stale-version");
        assertProblem(writer().send("POST", "/api/articles/" + id + "/publish", null, Map.of()), 403, "/forbidden");

        Api.Response update = editor().send("POST", "/api/articles/" + id + "/publish", null, Map.of("If-Match", etag));
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.etag()).isEqualTo("\"3\"");
        assertThat(update.json().get("title").asString()).endsWith("Baru 20");
        assertThat(update.json().get("workingCopy").isNull()).isTrue();
        assertThat(update.json().get("publishedAt").asString())
                .isEqualTo(published.json().get("publishedAt").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 3);
        List<EventCollector.Event> got3 = events.forArticle(id);
        assertThat(got3.stream().map(EventCollector.Event::change).toList())
                .containsExactly("created", "published", "edited");
        assertThat(got3.get(2).data().get("title").asString()).endsWith("Baru 20");
        assertThat(got3.get(2).data().has("workingCopy")).isFalse();
        assertThat(EventSchema.violations(got3.get(2).value())).isEmpty();

        Api.Response again = put(editor(), id, "Kebun Raya Tangerang Tutup Sementara", update.etag(), null);
        assertThat(again.etag()).isEqualTo("\"3.21\"");
        Api.Response discarded = editor().send("DELETE", "/api/articles/" + id + "/working-copy", null,
                Map.of("If-Match", again.etag()));
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(discarded.json().get("workingCopy").isNull()).isTrue();
        assertThat(discarded.etag()).isEqualTo("\"3\"");
        assertProblem(put(editor(), id, "Kebun Raya Judul Dari Salinan Lama", again.etag(), null), 412,
                "/stale-version");
        assertProblem(editor().send("POST", "/api/articles/" + id + "/publish", null, Map.of()), 409,
                "/invalid-transition");
    }

    @Test
    void aWriterSubmitsAndAnEditorReturnsWithANote() {
        String id = create(writer(), "Pantai Tanjung Pasir Dibenahi Pemkab");
        Api.Response submitted = writer().post("/api/articles/" + id + "/submit", Map.of("note", "Mohon dicek."));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonNode review = submitted.json().get("review");
        assertThat(review.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(review.get("by").get("id").asString()).isEqualTo("writer");
        assertThat(review.get("note").asString()).isEqualTo("Mohon dicek.");
        assertThat(submitted.json().get("version").asLong()).as("review is not a change of the story").isEqualTo(1);
        assertThat(ids(editor().get("/api/articles?review=SUBMITTED&limit=100"))).contains(id);
        assertThat(writer().post("/api/articles/" + create(editor(), "Draf Redaksi Tentang Pantai Lain")
                + "/submit", null).status()).as("not the writer's story").isEqualTo(403);

        assertProblem(writer().post("/api/articles/" + id + "/return", Map.of("note", "x")), 403, "/forbidden");
        assertProblem(editor().post("/api/articles/" + id + "/return", Map.of()), 400, "/validation");
        Api.Response returned = editor().post("/api/articles/" + id + "/return",
                Map.of("note", "Tambahkan tanggapan warga."));
        assertThat(returned.json().get("review").get("state").asString()).isEqualTo("RETURNED");
        assertThat(ids(writer().get("/api/articles?review=RETURNED&author=writer&limit=100"))).contains(id);
        assertThat(ids(writer().get("/api/articles?review=SUBMITTED&limit=100"))).doesNotContain(id);
        assertProblem(editor().get("/api/articles?review=LATER"), 400, "/validation");

        Api.Response published = editor().post("/api/articles/" + id + "/publish", null);
        assertThat(published.json().get("review").isNull()).as("publishing ends the review").isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 2);
        assertThat(events.forArticle(id).get(1).data().has("review")).isFalse();

        Api.Response down = editor().post("/api/articles/" + id + "/unpublish",
                Map.of("reason", "Data narasumber keliru."));
        assertThat(down.status()).isEqualTo(200);
        JsonNode revisions = editor().get("/api/articles/" + id + "/revisions").json().get("items");
        assertThat(revisions.get(revisions.size() - 1).get("reason").asString()).isEqualTo("Data narasumber keliru.");
    }

    @Test
    void revisionsKeepTheirContentAndOneCanBeRestored() {
        String id = create(editor(), "Festival Cisadane Digelar Bulan Depan");
        Api.Response v2 = put(editor(), id, "Festival Cisadane Diundur Sepekan", "\"1\"", null);
        Api.Response v3 = put(editor(), id, "Festival Cisadane Batal Digelar", v2.etag(), null);
        JsonNode first = editor().get("/api/articles/" + id + "/revisions/1").json();
        assertThat(first.get("title").asString()).isEqualTo("Festival Cisadane Digelar Bulan Depan");
        assertThat(first.get("body").asString()).startsWith("<p>");
        assertThat(first.get("category").get("slug").asString()).isEqualTo("wisata");
        assertThat(writer().get("/api/articles/" + id + "/revisions/2").json().get("title").asString())
                .isEqualTo("Festival Cisadane Diundur Sepekan");
        assertProblem(editor().get("/api/articles/" + id + "/revisions/99"), 404, "/not-found");

        assertProblem(editor().post("/api/articles/" + id + "/revisions/1/restore", null), 428, "/if-match-required");
        Api.Response restored = editor().send("POST", "/api/articles/" + id + "/revisions/1/restore", null,
                Map.of("If-Match", v3.etag()));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().get("title").asString()).isEqualTo("Festival Cisadane Digelar Bulan Depan");
        assertThat(restored.etag()).isEqualTo("\"4\"");

        Api.Response published = editor().post("/api/articles/" + id + "/publish", null);
        Api.Response intoCopy = editor().send("POST", "/api/articles/" + id + "/revisions/3/restore", null,
                Map.of("If-Match", published.etag()));
        assertThat(intoCopy.json().get("title").asString()).isEqualTo("Festival Cisadane Digelar Bulan Depan");
        assertThat(intoCopy.json().get("workingCopy").get("title").asString())
                .isEqualTo("Festival Cisadane Batal Digelar");
    }

    @Test
    void theDeskListFindsWordsOfTheTitleInAnyCase() {
        String id = create(editor(), "Kampung Bekelir Jadi Tujuan Wisata Warna");
        create(editor(), "Kampung Lain Tanpa Kata Itu");
        assertThat(ids(writer().get("/api/articles?q=BEKELIR+warna&limit=100"))).containsExactly(id);
        assertThat(ids(writer().get("/api/articles?q=bekelir+hujan&limit=100"))).isEmpty();
        assertThat(ids(writer().get("/api/articles?q=.*&limit=100"))).as("a word is text, not a pattern").isEmpty();
        JsonNode item = writer().get("/api/articles?q=bekelir").json().get("items").get(0);
        assertThat(item.get("status").asString()).isEqualTo("DRAFT");
        assertThat(item.get("author").get("name").asString()).isEqualTo("Redaksi");
        assertThat(item.get("category").get("slug").asString()).isEqualTo("wisata");
        assertThat(item.has("review") && item.has("lock") && item.has("updatedAt")).isTrue();
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
