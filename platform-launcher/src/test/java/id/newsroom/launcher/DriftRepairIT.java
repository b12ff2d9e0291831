package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.newsroom.infra.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Drift audit and repair across the real processes: feed-service's read model is changed behind its back (an article
 * deleted, one set back to an older version, one taken-down article shown again at an older version); article-service's
 * audit reports each as missing, stale and ghost, the repair re-publishes them through the outbox, and the next audit
 * is clean and readers see the right articles again.
 */
class DriftRepairIT {

    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = SharedPlatform.get();
    }

    @Test
    void driftInTheFeedIsFoundRepairedAndThenReportedClean() throws Exception {
        String missing = publish("Jembatan Cisadane Ditutup Sementara untuk Perbaikan");
        String stale = publish("Harga Cabai di Pasar Anyar Naik Jelang Lebaran");
        Http.Response edited = Http.asEditor("PUT", platform.articleServiceUrl() + "/api/articles/" + stale,
                """
                        {"title": "Harga Cabai di Pasar Anyar Turun Lagi", "summary": "Pasokan dari Garut kembali normal.",
                         "body": "<p>Harga cabai rawit turun menjadi Rp40.000 per kilogram.</p>", "category": "bisnis",
                         "tags": ["pasar"]}
                        """,
                "If-Match", "\"2\"");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        // The edit of a published story waits in its working copy until the update is published (version 3).
        Http.Response updated = Http.asEditor("POST", platform.articleServiceUrl() + "/api/articles/" + stale
                + "/publish", "", "If-Match", edited.raw().headers().firstValue("ETag").orElseThrow());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        String ghost = publish("Festival Kuliner Pasar Lama Diundur");
        Http.Response unpublished = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + ghost
                + "/unpublish", "");
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);

        // Both read models converge first (search rebuilds its index from the topic in this fresh data folder).
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertClean(drift("GET")));

        try (MongoClient mongo = MongoClients.create(TestInfrastructure.get().mongoUri())) {
            MongoCollection<Document> feed = mongo.getDatabase("feeds").getCollection(activeFeedCollection(mongo));
            assertThat(feed.deleteOne(Filters.eq("_id", missing)).getDeletedCount()).isEqualTo(1);
            assertThat(feed.updateOne(Filters.eq("_id", stale), Updates.combine(Updates.set("version", 2),
                    Updates.set("title", "Harga Cabai Naik (lama)")))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(feed.updateOne(Filters.eq("_id", ghost), Updates.combine(Updates.set("version", 2),
                    Updates.set("status", "PUBLISHED")))
                    .getModifiedCount()).isEqualTo(1);
        }

        JsonNode report = drift("GET").path("readModels");
        JsonNode feed = report.path("feed");
        assertThat(feed.path("counts").path("missing").asLong()).isEqualTo(1);
        assertThat(feed.path("counts").path("stale").asLong()).isEqualTo(1);
        assertThat(feed.path("counts").path("ghost").asLong()).isEqualTo(1);
        assertThat(ids(feed, "missing")).containsExactly(missing);
        assertThat(ids(feed, "stale")).containsExactly(stale);
        assertThat(ids(feed, "ghost")).containsExactly(ghost);
        assertThat(report.path("search").path("clean").asBoolean()).as(report.toString()).isTrue();
        String metrics = Http.get(platform.articleServiceUrl() + "/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern("news_read_model_drift_items\\{[^}]*kind=\"missing\",read_model=\"feed\"[^}]*} 1\\.0")
                .containsPattern("news_read_model_drift_last_audit_seconds\\{[^}]*} [0-9.]+E9");
        if (Promtool.available()) { // CI installs it; see .ci/run
            assertThat(Promtool.checkMetrics(metrics)).as("promtool check metrics").isEmpty();
        }
        assertThat(Http.get(platform.articleServiceUrl() + "/actuator/drift").status()).isEqualTo(401);
        assertThat(Http.asEditor("GET", platform.articleServiceUrl() + "/actuator/drift", "").status())
                .as("the drift audit is the operators', not the editors'").isEqualTo(403);
        // The audit itself logs in to the read models as a service user: without it their listing is refused.
        assertThat(Http.get(platform.feedServiceUrl() + "/actuator/readmodel").status()).isEqualTo(401);

        JsonNode repaired = drift("POST").path("readModels").path("feed").path("repair");
        assertThat(repaired.path("queued").asLong()).as(repaired.toString()).isEqualTo(3);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertClean(drift("GET")));
        String feedUrl = platform.feedServiceUrl();
        assertThat(Http.get(feedUrl + "/api/feed/categories/bisnis?limit=100").json().path("items").valueStream()
                .map(i -> i.path("id").asString())).contains(missing, stale).doesNotContain(ghost);
        assertThat(Http.get(feedUrl + "/api/feed/categories/bisnis?limit=100").json().path("items").valueStream()
                .filter(i -> i.path("id").asString().equals(stale)).map(i -> i.path("title").asString()))
                .containsExactly("Harga Cabai di Pasar Anyar Turun Lagi");
        assertThat(Http.get(platform.articleServiceUrl() + "/actuator/prometheus").body())
                .containsPattern("news_read_model_drift_items\\{[^}]*kind=\"missing\",read_model=\"feed\"[^}]*} 0\\.0");
    }

    private static String publish(String title) {
        Http.Response created = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles", """
                {"title": "%s", "summary": "Ringkasan.", "body": "<p>Isi berita.</p>", "category": "bisnis",
                 "tags": ["pasar"]}
                """.formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Http.Response published = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + id + "/publish",
                "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static JsonNode drift(String method) {
        Http.Response r = method.equals("GET")
                ? Http.asOperator("GET", platform.articleServiceUrl() + "/actuator/drift")
                : Http.asOperator("POST", platform.articleServiceUrl() + "/actuator/drift?repair=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static void assertClean(JsonNode answer) {
        for (String readModel : List.of("feed", "search")) {
            assertThat(answer.path("readModels").path(readModel).path("clean").asBoolean())
                    .as(readModel + ": " + answer).isTrue();
        }
    }

    private static List<String> ids(JsonNode readModel, String kind) {
        return readModel.path("firstIds").path(kind).valueStream().map(JsonNode::asString).toList();
    }

    private static String activeFeedCollection(MongoClient mongo) {
        Document meta = mongo.getDatabase("feeds").getCollection("readmodel_meta").find(Filters.eq("_id", "articles"))
                .first();
        return meta == null || meta.getString("active") == null ? "articles" : meta.getString("active");
    }
}
