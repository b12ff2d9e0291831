package id.newsroom.feed.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paging a timeline while articles are published (newer and back-dated into the middle) and removed: no item is
 * repeated, and every item that was there throughout is seen, in (publishedAt desc, id desc) order.
 */
class PagingUnderChangeIT extends FeedIntegrationTest {

    @Test
    void keysetPagingNeverRepeatsOrSkipsUnderConcurrentChanges() {
        String category = "uji-paging-" + System.nanoTime();
        String path = "/api/feed/categories/" + category;
        Map<String, Map<String, Object>> initial = new LinkedHashMap<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        Instant shared = null;
        for (int i = 0; i < 45; i++) {
            Map<String, Object> a = Events.published(Events.newId(), category, tags("paging"));
            if (i % 3 == 0) {
                shared = Instant.parse((String) a.get("publishedAt"));
            }
            a.put("publishedAt", shared.toString()); // groups of three tie on publishedAt: the id breaks the tie
            initial.put((String) a.get("articleId"), a);
            batch.add(a);
        }
        events.sendAll(batch);
        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(ids(getJson(path + "?limit=100"))).hasSize(45));

        List<String> all = new ArrayList<>(initial.keySet());
        List<String> removable = new ArrayList<>();
        for (int i = 1; i < all.size(); i += 4) {
            removable.add(all.get(i)); // spread over the whole timeline, ahead of and behind the pager
        }
        Set<String> removed = new HashSet<>();
        Instant middle = Instant.parse((String) batch.get(20).get("publishedAt"));

        List<String> seen = new ArrayList<>();
        List<JsonNode> seenItems = new ArrayList<>();
        String cursor = null;
        int round = 0;
        do {
            JsonNode page = getJson(path + "?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(seenItems::add);
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            // Between pages: a newer article, a back-dated one, and a removal; wait until readers see them.
            String fresh = Events.newId();
            Map<String, Object> newer = Events.published(fresh, category, tags("paging"));
            Map<String, Object> backDated = Events.published(Events.newId(), category, tags("paging"));
            backDated.put("publishedAt", middle.plusMillis(round).toString());
            events.send(newer);
            events.send(backDated);
            String gone = null;
            if (round < removable.size()) {
                gone = removable.get(round);
                events.send(Events.next(initial.get(gone), "unpublished", changes("status", "UNPUBLISHED")));
                removed.add(gone);
            }
            String goneId = gone;
            await().atMost(15, SECONDS).untilAsserted(() -> {
                List<String> visible = ids(getJson(path + "?limit=100"));
                assertThat(visible).contains(fresh);
                if (goneId != null) {
                    assertThat(visible).doesNotContain(goneId);
                }
            });
            round++;
        } while (cursor != null);

        assertThat(seen).as("no repeats").doesNotHaveDuplicates();
        Set<String> stable = new HashSet<>(initial.keySet());
        stable.removeAll(removed);
        assertThat(seen).as("no gaps: every article there throughout is seen").containsAll(stable);
        for (int i = 1; i < seenItems.size(); i++) {
            JsonNode a = seenItems.get(i - 1);
            JsonNode b = seenItems.get(i);
            int byTime = Instant.parse(a.get("publishedAt").asString())
                    .compareTo(Instant.parse(b.get("publishedAt").asString()));
            assertThat(byTime > 0 || (byTime == 0 && a.get("id").asString().compareTo(b.get("id").asString()) > 0))
                    .as("newest first, ties by id descending: %s then %s", a, b).isTrue();
        }
        assertThat(round).as("changes really happened while paging").isGreaterThan(5);
    }
}
