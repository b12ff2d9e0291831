package id.newsroom.feed.timeline;

import java.util.Map;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton: an event on Kafka becomes an item of its category timeline and of the home timeline. */
class WalkingSkeletonIT extends FeedIntegrationTest {

    @Test
    void publishedArticleAppearsInItsCategoryTimeline() {
        String id = Events.newId();
        Map<String, Object> article = Events.published(id, "wisata", tags("pantai", "skeleton"));
        events.send(article);

        await().atMost(15, SECONDS)
                .untilAsserted(() -> assertThat(ids(getJson("/api/feed/categories/wisata?limit=100"))).contains(id));

        JsonNode item = itemOf(getJson("/api/feed/categories/wisata?limit=100"), id);
        assertThat(item.get("title").asString()).isEqualTo(article.get("title"));
        assertThat(item.get("category").get("slug").asString()).isEqualTo("wisata");
        assertThat(item.get("image").get("url").asString()).endsWith(id + ".jpg");
        assertThat(item.has("body")).as("lists carry no body").isFalse();
        assertThat(ids(getJson("/api/feed?limit=100"))).contains(id);
    }

    @Test
    void healthIsUpWithBootsMongoIndicatorAndProbes() {
        await().atMost(15, SECONDS).untilAsserted(() -> {
            JsonNode health = JSON.readTree(get("/actuator/health").body());
            assertThat(health.get("status").asString()).isEqualTo("UP");
            JsonNode mongo = health.get("components").get("mongo");
            assertThat(mongo.get("status").asString()).isEqualTo("UP");
            // Boot's indicator (hello to every database) reports the wire version; the stand-in answers hello.
            assertThat(mongo.get("details").get("maxWireVersion").isInt()).isTrue();
        });
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    static JsonNode itemOf(JsonNode page, String id) {
        return page.get("items").valueStream().filter(i -> i.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
    }
}
