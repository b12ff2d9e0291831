package id.newsroom.defaults.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import id.newsroom.infra.MongoStandIn;
import id.newsroom.infra.Ports;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Boot's own MongoDB health indicator with the platform's client defaults, against the stand-in and nothing. */
class MongoClientDefaultsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                    MongoClientDefaultsAutoConfiguration.class));

    @Test
    void bootsIndicatorIsUpOnTheStandIn() {
        try (MongoStandIn mongo = MongoStandIn.start(null, 0)) {
            context.withPropertyValues("spring.mongodb.uri=" + mongo.connectionString()).run(app -> {
                app.getBean(MongoClient.class).getDatabase("feeds").getCollection("c").insertOne(
                        new org.bson.Document("_id", "a"));
                Health health = new MongoHealthIndicator(app.getBean(MongoClient.class)).health(true);
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsKey("maxWireVersion");
            });
        }
    }

    @Test
    void aDeadMongoDbFailsTheCheckWithinTheProbesTimeout() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + Ports.free()).run(app -> {
            assertThat(serverSelectionMillis(app.getBean(MongoClient.class))).isEqualTo(2_000);
            long start = System.nanoTime();
            Health health = new MongoHealthIndicator(app.getBean(MongoClient.class)).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        });
    }

    @Test
    void theConnectionStringStillWins() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + Ports.free()
                + "/?serverSelectionTimeoutMS=15000").run(app -> {
                    assertThat(serverSelectionMillis(app.getBean(MongoClient.class))).isEqualTo(15_000);
                });
    }

    private static long serverSelectionMillis(MongoClient client) {
        return client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS);
    }
}
