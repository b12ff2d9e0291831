package id.newsroom.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.ItBase;
import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Breaking news does not wait behind an archive import: with 1,000 imported articles queued in the outbox (Kafka
 * away), an editor's story published afterwards reaches Kafka before most of them once Kafka is back, and an imported
 * article taken down meanwhile still leaves in version order (its import, then the edit).
 */
class RelayLanesIT extends ItBase {

    private static final int IMPORTED = 1_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Test
    void aLivePublishOvertakesAQueuedImportAndEachArticleKeepsItsOrder() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        assumeTrue(infra.isEmbedded(), "needs the in-JVM broker, which the test can stop");
        EmbeddedKafkaBroker broker = infra.embeddedKafka();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String liveId;
        String editedId;
        broker.stop();
        try {
            StringBuilder ndjson = new StringBuilder();
            for (int i = 0; i < IMPORTED; i++) {
                ndjson.append(Api.JSON.writeValueAsString(Map.of("externalId", "lane-" + run + "-" + i,
                        "title", "Arsip Berita Kota Nomor " + i + " " + run, "summary", "Ringkasan arsip.",
                        "body", "<p>Isi arsip.</p>", "category", "pemerintahan", "status", "PUBLISHED",
                        "publishedAt", "2019-03-04T05:06:07Z", "author", Map.of("id", "wp-1", "name", "Arsip"))))
                        .append('\n');
            }
            HttpResponse<String> imported = importLines(ndjson.toString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(Api.JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(IMPORTED);

            Api e = editor();
            Api.Response list = e.get("/api/articles?limit=1&q=" + "Nomor%207%20" + run);
            editedId = list.json().get("items").get(0).get("id").asString();
            assertThat(e.post("/api/articles/" + editedId + "/unpublish", null).status()).isEqualTo(200);

            Api.Response created = e.post("/api/articles", Api.article("Kabar Terkini Banjir " + run, "pemerintahan"));
            liveId = created.json().get("id").asString();
            assertThat(e.post("/api/articles/" + liveId + "/publish", null).status()).isEqualTo(200);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> imports(run).size() >= IMPORTED && events.forArticle(liveId).size() >= 2
                        && events.forArticle(editedId).size() >= 2);

        EventCollector.Event published = events.forArticle(liveId).stream()
                .filter(ev -> ev.change().equals("published")).findFirst().orElseThrow();
        long importsSentLater = imports(run).stream().filter(ev -> ev.timestamp() >= published.timestamp()).count();
        assertThat(importsSentLater).as("imported events sent after the live publish (of %d)", IMPORTED)
                .isGreaterThanOrEqualTo(IMPORTED / 2);

        List<Long> editedVersions = events.forArticle(editedId).stream().map(EventCollector.Event::version).toList();
        assertThat(editedVersions).as("the import, then the takedown").containsExactly(1L, 2L);
    }

    private static List<EventCollector.Event> imports(String run) {
        return events.all().stream().filter(ev -> ev.value() != null && ev.value().contains("Nomor ")
                && ev.value().contains(run)).toList();
    }

    private HttpResponse<String> importLines(String body) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("editor:editor-pass".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
