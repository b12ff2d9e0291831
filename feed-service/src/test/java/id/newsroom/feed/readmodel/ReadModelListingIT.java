package id.newsroom.feed.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.defaults.contract.JsonContract;
import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The listing the drift audit walks: every article once, in id order, with its version and visibility. */
class ReadModelListingIT extends FeedIntegrationTest {

    private static final JsonContract CONTRACT = JsonContract.load("contracts/read-model-listing.schema.json");

    @Test
    void keysetPagesCoverTheReadModelInIdOrder() {
        String shown = Events.newId();
        String hidden = Events.newId();
        Map<String, Object> published = Events.published(shown, "bisnis", tags("listing"));
        events.send(published);
        Map<String, Object> v1 = Events.published(hidden, "bisnis", tags("listing"));
        events.send(v1);
        events.send(Events.next(v1, "unpublished", changes("status", "UNPUBLISHED")));

        await().atMost(20, SECONDS).untilAsserted(() -> {
            List<JsonNode> all = walk(200);
            assertThat(all).extracting(i -> i.path("id").asString()).contains(shown, hidden);
            JsonNode h = all.stream().filter(i -> i.path("id").asString().equals(hidden)).findFirst().orElseThrow();
            assertThat(h.path("version").asLong()).isEqualTo(2);
            assertThat(h.path("published").asBoolean()).isFalse();
            JsonNode s = all.stream().filter(i -> i.path("id").asString().equals(shown)).findFirst().orElseThrow();
            assertThat(s.path("published").asBoolean()).isTrue();
        });
        List<String> ids = walk(200).stream().map(i -> i.path("id").asString()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(walk(1000).stream().map(i -> i.path("id").asString()).toList()).isEqualTo(ids);
        // Small pages chain through their cursors to the same order.
        JsonNode first = getJson("/actuator/readmodel?limit=2");
        JsonNode second = getJson("/actuator/readmodel?limit=2&after=" + first.path("next").asString());
        assertThat(List.of(first.path("items").get(0).path("id").asString(),
                first.path("items").get(1).path("id").asString(),
                second.path("items").get(0).path("id").asString())).isEqualTo(ids.subList(0, 3));
    }

    private List<JsonNode> walk(int limit) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = getJson("/actuator/readmodel?limit=" + limit + (after == null ? "" : "&after=" + after));
            // Every answer over HTTP, the last page's "next": null included, is what the contract describes.
            assertThat(CONTRACT.violations(page)).as(page.toString()).isEmpty();
            page.path("items").forEach(all::add);
            after = page.path("next").isNull() ? null : page.path("next").asString();
        } while (after != null);
        return all;
    }
}
