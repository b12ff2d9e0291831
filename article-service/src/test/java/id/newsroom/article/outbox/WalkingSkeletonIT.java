package id.newsroom.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Create and publish through HTTP, read both events from Kafka with a plain consumer. */
class WalkingSkeletonIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Test
    void createdAndPublishedArticleReachesKafkaAsCloudEvents() {
        Api.Response created = editor().post("/api/articles",
                Api.article("Pemkot Tangerang Resmikan Taman Kota di Cipondoh", "pemerintahan"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode a = created.json();
        String id = a.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/articles/" + id);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("slug").asString()).startsWith("pemkot-tangerang-resmikan-taman-kota-di-cipondoh");
        assertThat(a.get("author").get("name").asString()).isEqualTo("Redaksi");
        assertThat(a.get("tags").toString()).isEqualTo("[\"tangerang\",\"berita daerah\"]");

        Api.Response fetched = editor().get("/api/articles/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.etag()).isEqualTo("\"1\"");

        String trace = "0af7651916cd43dd8448eb211c80319c";
        Api.Response published = editor().send("POST", "/api/articles/" + id + "/publish", null,
                Map.of("traceparent", "00-" + trace + "-b7ad6b7169203331-01"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.etag()).isEqualTo("\"2\"");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 2);
        List<EventCollector.Event> got = events.forArticle(id);
        assertThat(got).hasSize(2);
        EventCollector.Event first = got.get(0);
        EventCollector.Event second = got.get(1);
        assertThat(first.partition()).isEqualTo(second.partition());
        assertThat(first.headers()).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "/article-service")
                .containsEntry("ce_type", "news.article.created").containsEntry("ce_subject", id)
                .containsEntry("content-type", "application/json").containsKey("ce_id").containsKey("ce_time");
        assertThat(second.headers()).containsEntry("ce_type", "news.article.updated");
        assertThat(first.headers().get("ce_id")).isNotEqualTo(second.headers().get("ce_id"));
        // the publish request's trace continues in the event, so consumers can join it
        assertThat(second.headers().get("traceparent")).startsWith("00-" + trace + "-").endsWith("-01");
        assertThat(first.headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                .doesNotContain(trace);
        Instant.parse(second.headers().get("ce_time"));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.change()).isEqualTo("created");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.change()).isEqualTo("published");
        assertThat(second.data().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(second.data().get("publishedAt").isNull()).isFalse();
        for (EventCollector.Event e : got) {
            assertThat(EventSchema.violations(e.value())).as(e.value()).isEmpty();
        }
        // the schema check itself can fail: a value without a title is rejected
        ObjectNode broken = (ObjectNode) second.data();
        broken.remove("title");
        assertThat(EventSchema.violations(broken.toString())).isNotEmpty();

        // the relay removed both events from the document once Kafka acknowledged them
        await().atMost(Duration.ofSeconds(10)).until(() -> editor().get("/actuator/health").json()
                .get("components").get("outbox").get("details").get("pendingEvents").asLong() == 0);
    }

    @Test
    void editorMayBackDateAnArchiveImportButNotIntoTheFuture() {
        String id = editor()
                .post("/api/articles", Api.article("Arsip Banjir Besar Tangerang Tahun 2020", "pemerintahan"))
                .json().get("id").asString();
        Api.Response future = editor().post("/api/articles/" + id + "/publish",
                Map.of("publishedAt", Instant.now().plusSeconds(3600).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.header("Content-Type")).startsWith("application/problem+json");
        Api.Response ok = editor().post("/api/articles/" + id + "/publish",
                Map.of("publishedAt", "2020-01-01T03:00:00Z"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("publishedAt").asString()).isEqualTo("2020-01-01T03:00:00Z");
    }

    @Test
    void healthHasLivenessAndReadinessWithMongo() {
        Api.Response readiness = anonymous().get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).as("details only for editors").isFalse();
        JsonNode mongo = editor().get("/actuator/health/readiness").json().get("components").get("mongo");
        assertThat(mongo.get("status").asString()).as("Boot's indicator, hello on the stand-in").isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void listingAnswersItemsAndNextCursor() {
        editor().post("/api/articles", Api.article("Harga Rumah di Serpong Naik Lima Persen", "properti"));
        editor().post("/api/articles", Api.article("Harga Tanah di BSD Ikut Terkerek Naik", "properti"));
        Api.Response page = editor().get("/api/articles?limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("nextCursor").isString()).isTrue();
    }
}
