package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.SearchITBase;

/** Kafka going away does not take search down; when it is back, indexing resumes where it stopped. */
class KafkaOutageIT extends SearchITBase {

    @Test
    void searchServesDuringAnOutageAndIndexingResumesAfterIt() {
        assumeTrue(TestInfrastructure.get().isEmbedded(), "needs the in-JVM broker to stop it");
        String marker = "padam" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Article before = new Article("Sebelum Gangguan " + marker).published();
        events.send(before);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(before.id));

        EmbeddedKafkaBroker broker = TestInfrastructure.get().embeddedKafka();
        broker.stop();
        try {
            assertThat(ids(q(marker))).contains(before.id);
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            broker.start();
        }
        events.close();
        events = new id.newsroom.search.support.EventProducer(TestInfrastructure.get().kafkaBootstrapServers(),
                TestInfrastructure.ARTICLES_TOPIC);
        Article after = new Article("Sesudah Gangguan " + marker).published();
        events.send(after);
        await().atMost(Duration.ofSeconds(60)).until(() -> ids(q(marker)).contains(after.id));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/actuator/health/readiness").status() == 200);
    }
}
