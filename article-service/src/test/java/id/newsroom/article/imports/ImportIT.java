package id.newsroom.article.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The archive import over HTTP, against the real broker and MongoDB endpoint of the test JVM. */
class ImportIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant PUBLISHED = Instant.parse("2019-03-04T05:06:07.123Z");

    @Autowired
    MongoClient mongo;

    @Test
    void goodLinesImportAndBadLinesAreReportedByNumber() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> published = line("wp-" + run + "-1", "banjir-rob-" + run, "PUBLISHED");
        published.put("body",
                "<p>Air laut naik di Kosambi.</p><script>alert(1)</script><p onclick=\"x()\">Warga mengungsi.</p>");
        published.put("legacy", Map.of("wordpressId", 4711, "permalink", "https://old.example/2019/03/banjir-rob/"));
        Map<String, Object> draft = line("wp-" + run + "-2", "draf-" + run, "DRAFT");
        draft.remove("publishedAt");
        Map<String, Object> scheduled = line("wp-" + run + "-3", "jadwal-" + run, "SCHEDULED");
        scheduled.remove("publishedAt");
        scheduled.put("scheduledAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        Map<String, Object> unknownCategory = line("wp-" + run + "-4", null, "PUBLISHED");
        unknownCategory.put("category", "gosip");
        Map<String, Object> noTime = line("wp-" + run + "-5", null, "PUBLISHED");
        noTime.remove("publishedAt");
        String body = String.join("\n", json(published), "{\"externalId\": \"wp-broken\", ", json(draft), "",
                json(unknownCategory), json(noTime), json(scheduled), json(published),
                json(line("wp-" + run + "-6", null, "PUBLISHED")).replace("\"status\"", "\"colour\": 1, \"status\""));

        HttpResponse<String> r = post("editor", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Api.JSON.readTree(r.body());
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isZero();
        List<String> failures = new ArrayList<>();
        report.get("failed")
                .forEach(f -> failures.add(f.get("line").asInt() + " " + f.get("problem").get("status").asInt()
                        + " " + f.get("problem").get("detail").asString()));
        assertThat(failures).hasSize(5);
        assertThat(failures.get(0)).startsWith("2 400 Malformed JSON");
        assertThat(failures.get(1)).startsWith("5 400 category: unknown category 'gosip'");
        assertThat(failures.get(2)).isEqualTo("6 400 publishedAt: is required for a PUBLISHED article");
        assertThat(failures.get(3)).startsWith("8 409 externalId 'wp-" + run + "-1' already appeared on line 1");
        assertThat(failures.get(4)).startsWith("9 400 colour: unknown field 'colour'");
        assertThat(report.get("failed").get(1).get("problem").get("type").asString())
                .isEqualTo("https://newsroom.id/problems/validation");

        String id = ImportIds.articleId("wp-" + run + "-1", PUBLISHED);
        JsonNode a = editor().get("/api/articles/" + id).json();
        assertThat(a.get("slug").asString()).isEqualTo("banjir-rob-" + run);
        assertThat(a.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(a.get("publishedAt").asString()).isEqualTo(PUBLISHED.toString());
        assertThat(a.get("author").toString()).isEqualTo("{\"id\":\"wp-user-7\",\"name\":\"Siti Rahma\"}");
        assertThat(a.get("category").get("slug").asString()).isEqualTo("pemerintahan");
        assertThat(a.get("tags").toString()).isEqualTo("[\"banjir\",\"kosambi\"]");
        assertThat(a.get("image").get("credit").asString()).isEqualTo("Foto: Arsip");
        assertThat(a.get("body").asString()).isEqualTo("<p>Air laut naik di Kosambi.</p><p>Warga mengungsi.</p>");
        assertThat(a.get("version").asLong()).isEqualTo(1);

        String scheduledId = ImportIds.articleId("wp-" + run + "-3",
                Instant.parse(scheduled.get("scheduledAt").toString()));
        assertThat(editor().get("/api/articles/" + scheduledId).json().get("status").asString()).isEqualTo("SCHEDULED");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() == 1);
        EventCollector.Event e = events.forArticle(id).get(0);
        assertThat(EventSchema.violations(e.value())).as(e.value()).isEmpty();
        assertThat(e.headers()).containsEntry("ce_type", "news.article.created").containsEntry("ce_subject", id);
        assertThat(e.change()).isEqualTo("created");
        assertThat(e.data().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(e.data().get("publishedAt").asString()).isEqualTo(PUBLISHED.toString());
        assertThat(e.data().get("legacy").get("wordpressId").asLong()).isEqualTo(4711);
    }

    @Test
    void reRunChangesNothingAndAChangedLineMakesOneEdit() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = line("wp-" + run + "-a", "pasar-" + run, "PUBLISHED");
        Map<String, Object> second = line("wp-" + run + "-b", "stasiun-" + run, "PUBLISHED");
        String file = json(first) + "\n" + json(second) + "\n";
        assertThat(report(post("editor", file)).get("imported").asInt()).isEqualTo(2);
        String id = ImportIds.articleId("wp-" + run + "-a", PUBLISHED);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() == 1);

        JsonNode again = report(post("editor", file));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(editor().get("/api/articles/" + id).json().get("version").asLong()).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> events.forArticle(id).size() == 1);

        first.put("title", "Pasar Lama Tangerang Direnovasi Total");
        JsonNode changed = report(post("editor", json(first) + "\n" + json(second)));
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
        JsonNode a = editor().get("/api/articles/" + id).json();
        assertThat(a.get("version").asLong()).isEqualTo(2);
        assertThat(a.get("slug").asString()).isEqualTo("pasar-" + run);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() == 2);
        EventCollector.Event edit = events.forArticle(id).get(1);
        assertThat(edit.change()).isEqualTo("edited");
        assertThat(edit.version()).isEqualTo(2);
        assertThat(edit.data().get("title").asString()).isEqualTo("Pasar Lama Tangerang Direnovasi Total");
        assertThat(EventSchema.violations(edit.value())).as(edit.value()).isEmpty();

        // a corrected publication time would give another derived id: the unique externalId keeps it one article
        second.put("publishedAt", PUBLISHED.plusSeconds(3600).toString());
        JsonNode moved = report(post("editor", json(second)));
        assertThat(moved.get("updated").asInt()).as(moved.toString()).isEqualTo(1);
        String secondId = ImportIds.articleId("wp-" + run + "-b", PUBLISHED);
        assertThat(editor().get("/api/articles/" + secondId).json().get("publishedAt").asString())
                .isEqualTo(PUBLISHED.plusSeconds(3600).toString());
        assertThat(editor().get("/api/articles/" + ImportIds.articleId("wp-" + run + "-b", PUBLISHED.plusSeconds(3600)))
                .status()).isEqualTo(404);
    }

    @Test
    void anImportBrokenOffHalfWayAndRunAgainLeavesOneCopyOfEach() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int n = 1_300; // more than two batches of 500, so the break comes after some batches were written
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < n; i++) {
            file.append(json(line("bulk-" + run + "-" + i, "arsip-" + run + "-" + i, "PUBLISHED"))).append('\n');
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(postBrokenOff(bytes, bytes.length * 85 / 100)).isFalse();
        await().atMost(Duration.ofSeconds(15)).until(() -> count(run) >= 500);
        long written = count(run); // a lower bound: the broken request may still be finishing its last whole batch

        JsonNode report = report(post("editor", file.toString()));

        assertThat(report.get("imported").asInt() + report.get("unchanged").asInt()).isEqualTo(n);
        long unchanged = report.get("unchanged").asLong();
        assertThat(unchanged).as("whole batches written before the break").isBetween(written, (long) n - 1);
        assertThat(unchanged % 500).isZero();
        assertThat(count(run)).isEqualTo(n);
        String last = ImportIds.articleId("bulk-" + run + "-" + (n - 1), PUBLISHED);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.forArticle(last).size() == 1);
    }

    @Test
    void aTakenSlugGetsASuffixAndIsReported() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String held = editor().post("/api/articles", Api.article("Slug Milik Artikel Lain " + run, "bisnis")).json()
                .get("slug").asString();
        JsonNode report = report(post("editor", json(line("wp-" + run, held, "PUBLISHED"))));
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        JsonNode change = report.get("slugChanged").get(0);
        assertThat(change.get("requested").asString()).isEqualTo(held);
        assertThat(change.get("slug").asString()).startsWith(held + "-");
        assertThat(change.get("reason").asString()).isEqualTo("taken by another article");
        // and a re-run keeps that slug instead of fighting for the taken one again
        assertThat(report(post("editor", json(line("wp-" + run, held, "PUBLISHED")))).get("unchanged").asInt())
                .isEqualTo(1);
    }

    @Test
    void clientMistakesAreProblems() {
        HttpResponse<String> writer = post("writer", json(line("wp-x", null, "PUBLISHED")));
        assertThat(writer.statusCode()).isEqualTo(403);
        assertThat(writer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> empty = post("editor", "\n\n");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The import is empty");

        HttpResponse<String> wrongType = send("editor", "application/json", json(line("wp-y", null, "PUBLISHED")));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        // a request announcing more than article.imports.max-request-size (512 MB) is refused before it is read
        String tooBig = rawExchange(
                "POST /api/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                        + "Content-Length: 600000000\r\n\r\n");
        assertThat(tooBig).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("the limit is 536870912 bytes");

        Map<String, Object> huge = line("wp-huge", null, "PUBLISHED");
        huge.put("body", "<p>" + "x".repeat(450_000) + "</p>");
        JsonNode tooLong = report(post("editor", json(huge)));
        assertThat(tooLong.get("failed").get(0).get("problem").get("status").asInt()).isEqualTo(413);
    }

    // --- helpers

    private static Map<String, Object> line(String externalId, String slug, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", externalId);
        if (slug != null) {
            m.put("slug", slug);
        }
        m.put("title", "Banjir Rob Rendam Pemukiman di Kosambi " + externalId);
        m.put("summary", "Ratusan warga mengungsi.");
        m.put("body", "<p>Air laut naik.</p>");
        m.put("category", "pemerintahan");
        m.put("tags", List.of("Banjir", "Kosambi"));
        m.put("author", Map.of("id", "wp-user-7", "name", "Siti Rahma"));
        m.put("image", Map.of("url", "https://old.example/wp-content/uploads/rob.jpg", "caption", "Air setinggi lutut.",
                "credit", "Foto: Arsip"));
        m.put("status", status);
        m.put("publishedAt", PUBLISHED.toString());
        return m;
    }

    private static String json(Object o) {
        return Api.JSON.writeValueAsString(o);
    }

    private long count(String run) {
        return mongo.getDatabase("articles-it").getCollection("articles")
                .countDocuments(Filters.regex("externalId", "^bulk-" + run + "-"));
    }

    /**
     * Speaks HTTP over a plain socket (the JDK client will not announce a body it does not send) and returns the
     * response up to the end of its JSON body: the server may keep the connection open for the announced body.
     */
    private String rawExchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            String text = "";
            while (!(text.contains("\r\n\r\n") && text.trim().endsWith("}"))) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                got.write(buffer, 0, n);
                text = got.toString(StandardCharsets.UTF_8);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode report(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String user, String body) {
        return send(user, ImportController.NDJSON, body);
    }

    private HttpResponse<String> send(String user, String contentType, String body) {
        try {
            return HTTP.send(request(user).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the file as a stream that breaks after {@code cut} bytes, as a killed import client would. */
    private boolean postBrokenOff(byte[] file, int cut) {
        InputStream breaking = new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos >= cut) {
                    throw new IOException("import client killed");
                }
                return file[pos++] & 0xFF;
            }
        };
        try {
            HTTP.send(request("editor").header("Content-Type", ImportController.NDJSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> breaking)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String user) {
        String auth = Base64.getEncoder()
                .encodeToString((user + ":" + user + "-pass").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + auth);
    }
}
