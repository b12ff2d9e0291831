package id.newsroom.feed.rebuild;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuild from offset 0 into a side collection, then switch: readers never see an empty timeline. */
class RebuildIT extends FeedIntegrationTest {

    @Autowired
    ReadModel readModel;

    @Test
    void rebuildsFromTheTopicAndSwitchesWithoutAnEmptyTimeline() throws Exception {
        String kept = Events.newId();
        String takenDown = Events.newId();
        Map<String, Object> keptV1 = Events.published(kept, "pemerintahan", tags("rebuild"));
        Map<String, Object> downV1 = Events.published(takenDown, "pemerintahan", tags("rebuild"));
        events.send(keptV1);
        events.send(downV1);
        events.send(Events.next(keptV1, "edited", changes("title", "Judul setelah koreksi")));
        events.send(Events.next(downV1, "unpublished", changes("status", "UNPUBLISHED")));
        await().atMost(15, SECONDS).untilAsserted(() -> {
            assertThat(ids(getJson("/api/feed/categories/pemerintahan?limit=100"))).contains(kept)
                    .doesNotContain(takenDown);
            assertThat(getJson("/api/articles/" + keptV1.get("slug")).get("title").asString())
                    .isEqualTo("Judul setelah koreksi");
        });
        String before = readModel.activeName();
        int itemsBefore = getJson("/api/feed?limit=100").get("items").size();

        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/rebuild")).header("Authorization", OPERATOR)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(started.body()).get("state").asString()).isIn("RUNNING", "DONE");

        await().atMost(60, SECONDS).pollInterval(java.time.Duration.ofMillis(20)).untilAsserted(() -> {
            // every read during the rebuild is a complete timeline
            assertThat(getJson("/api/feed?limit=100").get("items").size()).isGreaterThanOrEqualTo(itemsBefore);
            JsonNode status = getJson("/actuator/rebuild");
            assertThat(status.get("state").asString()).isEqualTo("DONE");
            assertThat(status.get("records").asLong()).isGreaterThanOrEqualTo(4);
            assertThat(status.get("percent").asInt()).isEqualTo(100);
        });
        assertThat(readModel.activeName()).isNotEqualTo(before);
        assertThat(readModel.database().listCollectionNames().into(new java.util.ArrayList<>())).doesNotContain(before);
        assertThat(ids(getJson("/api/feed/categories/pemerintahan?limit=100"))).contains(kept)
                .doesNotContain(takenDown);
        assertThat(getJson("/api/articles/" + keptV1.get("slug")).get("title").asString())
                .isEqualTo("Judul setelah koreksi");

        String after = Events.newId();
        events.send(Events.published(after, "pemerintahan", tags("rebuild")));
        await().atMost(15, SECONDS).untilAsserted(
                () -> assertThat(ids(getJson("/api/feed/categories/pemerintahan?limit=100"))).contains(after));
    }
}
