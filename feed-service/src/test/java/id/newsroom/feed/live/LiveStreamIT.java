package id.newsroom.feed.live;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Server-Sent Events: delivery by category, heartbeats, Last-Event-ID resume and resync. */
class LiveStreamIT extends FeedIntegrationTest {

    @Autowired
    LiveHub hub;

    /** An open SSE connection whose lines a daemon thread collects. */
    final class Stream implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final HttpResponse<java.util.stream.Stream<String>> response;

        Stream(String path, String lastEventId) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            Thread t = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-reader");
            t.setDaemon(true);
            t.start();
        }

        /** The id line of the event whose data mentions {@code articleId} with the given event name. */
        String idOf(String event, String articleId) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("event:" + event) && i + 1 < lines.size()
                        && lines.get(i + 1).contains(articleId) && i > 0 && lines.get(i - 1).startsWith("id:")) {
                    return lines.get(i - 1).substring(3);
                }
            }
            return null;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void deliversAddedAndRemovedItemsWithHeartbeatsToMatchingSubscribers() throws Exception {
        try (Stream sports = new Stream("/api/feed/stream?category=olahraga", null);
                Stream business = new Stream("/api/feed/stream?category=bisnis", null)) {
            await().atMost(5, SECONDS).until(() -> hub.connections() >= 2);
            String id = Events.newId();
            Map<String, Object> a = Events.published(id, "olahraga", tags("live"));
            events.send(a);
            await().atMost(15, SECONDS).until(() -> sports.idOf("added", id) != null);
            events.send(Events.next(a, "unpublished", changes("status", "UNPUBLISHED")));
            await().atMost(15, SECONDS).until(() -> sports.idOf("removed", id) != null);
            await().atMost(5, SECONDS).until(() -> sports.lines.contains(":heartbeat"));
            assertThat(business.lines).noneMatch(l -> l.contains(id));
            assertThat(get("/actuator/prometheus").body()).contains("news_feed_live_connections");
        }
    }

    @Test
    void idleClientsDoNotHoldAThreadEach() throws Exception {
        int clients = 150;
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>>> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                open.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/feed/stream?category=tokoh")).build(), HttpResponse.BodyHandlers.ofLines()));
            }
            await().atMost(30, SECONDS).until(() -> hub.connections() >= clients);
            // Open but idle streams: no server thread is inside request processing on their behalf.
            assertThat(threadsInsideRequests()).as("threads busy with requests while %d streams are open", clients)
                    .isLessThan(5);
            String id = Events.newId();
            events.send(Events.published(id, "tokoh", tags("ramai")));
            HttpResponse<java.util.stream.Stream<String>> last = open.get(clients - 1).join();
            assertThat(last.body().filter(l -> l.contains(id)).findFirst()).as("the last client still gets events")
                    .isPresent();
        } finally {
            open.forEach(f -> f.thenAccept(r -> r.body().close()));
        }
        await().atMost(15, SECONDS).until(() -> hub.connections() < clients);
    }

    private static long threadsInsideRequests() {
        return java.util.Arrays
                .stream(java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> java.util.Arrays.stream(t.getStackTrace())
                        .anyMatch(f -> f.getClassName().equals("org.springframework.web.servlet.DispatcherServlet")))
                .count();
    }

    @Test
    void unknownCategoryIsA404Problem() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/feed/stream?category=tidak-ada"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Unknown category");
    }

    @Test
    void resumesFromLastEventIdAndAsksForResyncWhenItCannot() throws Exception {
        String first = Events.newId();
        String missed = Events.newId();
        String lastId;
        try (Stream s = new Stream("/api/feed/stream?category=wisata", null)) {
            await().atMost(5, SECONDS).until(() -> hub.connections() >= 1);
            events.send(Events.published(first, "wisata", tags("live")));
            await().atMost(15, SECONDS).until(() -> s.idOf("added", first) != null);
            lastId = s.idOf("added", first);
        }
        events.send(Events.published(missed, "wisata", tags("live")));
        await().atMost(15, SECONDS).untilAsserted(
                () -> assertThat(ids(getJson("/api/feed/categories/wisata?limit=100"))).contains(missed));
        try (Stream resumed = new Stream("/api/feed/stream?category=wisata", lastId)) {
            await().atMost(10, SECONDS).until(() -> resumed.idOf("added", missed) != null);
            assertThat(resumed.idOf("added", first)).as("nothing before Last-Event-ID is replayed").isNull();
        }
        try (Stream unknown = new Stream("/api/feed/stream", "another-instance-42")) {
            await().atMost(10, SECONDS).until(() -> unknown.lines.contains("event:resync"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.connections() == 0);
    }
}
