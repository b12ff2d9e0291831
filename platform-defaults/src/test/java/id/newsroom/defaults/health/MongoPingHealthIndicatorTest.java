package id.newsroom.defaults.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.newsroom.infra.MongoStandIn;
import id.newsroom.infra.Ports;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Against a real MongoDB wire endpoint (the stand-in, which lacks Boot's hello), and against nothing at all. */
class MongoPingHealthIndicatorTest {

    @Test
    void upWhenMongoDbAnswersPing() {
        try (MongoStandIn mongo = MongoStandIn.start(null, 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            Health health = new MongoPingHealthIndicator(client, "feeds").health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "feeds");
        }
    }

    @Test
    void downQuicklyWhenNothingListens() {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + Ports.free()
                + "/?serverSelectionTimeoutMS=30000")) {
            long start = System.nanoTime();
            Health health = new MongoPingHealthIndicator(client, "feeds").health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
