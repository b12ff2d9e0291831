package id.newsroom.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The transactional outbox under a Kafka outage: with the broker stopped, 100 articles are created and updated (plus
 * writes that are rejected); once the broker is back, every committed change arrives exactly once by version, in
 * version order per article, and nothing arrives for the rejected writes.
 */
class KafkaOutageIT extends ItBase {

    private static final int ARTICLES = 100;
    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Test
    void everyCommittedChangeArrivesAfterTheBrokerReturnsNoneTwiceNoneForRejectedWrites() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        assumeTrue(infra.isEmbedded(), "needs the in-JVM broker, which the test can stop");
        EmbeddedKafkaBroker broker = infra.embeddedKafka();
        Map<String, String> editedTitles = new ConcurrentHashMap<>();
        broker.stop();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    Api e = editor();
                    Api.Response created = e.post("/api/articles",
                            Api.article("Gangguan Listrik Padam di Wilayah " + n, "pemerintahan"));
                    assertThat(created.status()).as(created.toString()).isEqualTo(201);
                    String id = created.json().get("id").asString();
                    String title = "Listrik Kembali Menyala di Wilayah " + n;
                    Api.Response updated = e.put("/api/articles/" + id, Api.article(title, "pemerintahan"),
                            created.etag());
                    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
                    editedTitles.put(id, title);
                    if (n % 10 == 0) { // rejected writes must leave no trace on the topic
                        assertThat(e.put("/api/articles/" + id, Api.article("Versi Basi Yang Ditolak", "pemerintahan"),
                                "\"1\"").status()).isEqualTo(412);
                        assertThat(e.put("/api/articles/" + id, Api.article("Rubrik Tidak Dikenal", "gosip"),
                                "\"2\"").status()).isEqualTo(400);
                        assertThat(e.post("/api/articles/" + id + "/unpublish", null).status()).isEqualTo(409);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            long pending = editor().get("/actuator/health").json().get("components").get("outbox").get("details")
                    .get("pendingEvents").asLong();
            assertThat(pending).as("events wait in MongoDB while Kafka is down").isGreaterThanOrEqualTo(2L * ARTICLES);
            await().atMost(Duration.ofSeconds(10)).until(() -> anonymous().get("/actuator/prometheus").body().lines()
                    .filter(l -> l.startsWith("news_outbox_oldest_pending_age_seconds{"))
                    .anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) > 0.5));
            // keep Kafka away until the relay has seen a send fail (and so gone through its backoff path)
            await().atMost(Duration.ofSeconds(45)).until(() -> anonymous().get("/actuator/prometheus").body()
                    .lines().anyMatch(l -> l.startsWith("news_outbox_publish_failures_total{") && !l.endsWith(" 0.0")));
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> editedTitles.keySet().stream().allMatch(id -> events.forArticle(id).size() >= 2));
        // the relay has drained its outbox: nothing more is coming, so counts are final
        await().atMost(Duration.ofSeconds(30)).until(() -> editor().get("/actuator/health").json().get("components")
                .get("outbox").get("details").get("pendingEvents").asLong() == 0);

        for (Map.Entry<String, String> article : editedTitles.entrySet()) {
            List<EventCollector.Event> got = events.forArticle(article.getKey());
            List<Long> versions = got.stream().map(EventCollector.Event::version).toList();
            Set<Long> distinct = new HashSet<>(versions);
            assertThat(distinct).as("versions of %s", article.getKey()).containsExactlyInAnyOrder(1L, 2L);
            assertThat(versions).as("no version twice, in order").containsExactly(1L, 2L);
            assertThat(got.get(0).change()).isEqualTo("created");
            assertThat(got.get(1).change()).isEqualTo("edited");
            assertThat(got.get(1).data().get("title").asString()).isEqualTo(article.getValue());
            assertThat(got.get(0).partition()).isEqualTo(got.get(1).partition());
            for (EventCollector.Event e : got) {
                assertThat(EventSchema.violations(e.value())).as(e.value()).isEmpty();
                assertThat(e.value()).doesNotContain("Versi Basi Yang Ditolak", "Rubrik Tidak Dikenal");
            }
        }
    }
}
