package id.newsroom.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SIGTERM to every service in the middle of a burst of reads and editor writes: each request sent before the signal
 * gets a complete answer (no reset connection, no 5xx), each service exits by itself with the JVM's SIGTERM code well
 * within the shutdown timeout, and after the restart nothing is lost: every acknowledged write reaches both read models,
 * and the outbox sent no event twice (the relay finished its in-flight pass and recorded it as sent).
 */
class GracefulShutdownIT {

    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(35); // 30 s per phase (Boot's default) + exit
    private static final int SIGTERM_EXIT = 143;

    private static final Http http = new Http();
    private Cluster cluster;

    record Call(String what, long startedAt, long endedAt, int status) {}

    @Test
    void sigtermFinishesWhatWasAcceptedAndLosesNothing() throws Exception {
        cluster = SharedPlatform.get();
        Set<String> others = Set.copyOf(SharedPlatform.articleIds);
        Burst burst = new Burst();
        burst.run(Duration.ofSeconds(4)); // warm: articles to read, connections pooled
        burst.start();
        Pause.of(Duration.ofMillis(1500));
        long signal = System.nanoTime();
        Map<Node, Long> exitNanos = new LinkedHashMap<>();
        cluster.services().forEach(n -> n.process().destroy()); // SIGTERM, all three mid-burst
        for (Node n : cluster.services()) {
            assertThat(n.process().waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS))
                    .as("%s exits within %s", n.name(), SHUTDOWN_LIMIT).isTrue();
            exitNanos.put(n, System.nanoTime() - signal);
            assertThat(n.process().exitValue()).as("%s exit code", n.name()).isEqualTo(SIGTERM_EXIT);
        }
        burst.stop();
        exitNanos.forEach((n, ns) -> System.out.printf("%s exited %d ms after SIGTERM%n", n.name(), ns / 1_000_000));

        List<Call> beforeSignal = burst.calls().stream().filter(c -> c.startedAt() < signal).toList();
        List<Call> inFlight = beforeSignal.stream().filter(c -> c.endedAt() > signal).toList();
        System.out.printf("%d calls sent before the signal, %d of them still in flight when it came%n",
                beforeSignal.size(), inFlight.size());
        assertThat(beforeSignal).isNotEmpty();
        assertThat(beforeSignal).allSatisfy(c -> assertThat(c.status()).as(c.what()).isBetween(200, 499));

        cluster.services().forEach(Node::restart);
        cluster.awaitReady(Duration.ofMinutes(5));
        Checker checker = new Checker(http, cluster);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> assertThat(checker.check(burst.tokens, burst.writes, others).examples()).isEmpty());
        SharedPlatform.articleIds.addAll(burst.tokens.keySet());
        TopicDrills topic = new TopicDrills(cluster.bootstrapServers());
        assertThat(topic.duplicates(Cluster.TOPIC, Set.copyOf(burst.tokens.keySet())))
                .as("events sent twice by the outbox").isZero();
    }

    /** Editors creating and publishing, readers reading the feed and searching, each call recorded. */
    private final class Burst {
        final Map<String, String> tokens = Collections.synchronizedMap(new LinkedHashMap<>());
        final List<Editor.Write> writes = Collections.synchronizedList(new ArrayList<>());
        private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicInteger counter = new AtomicInteger();
        private ExecutorService threads;

        void run(Duration d) throws InterruptedException {
            start();
            Pause.of(d);
            stop();
            calls.clear();
        }

        void start() {
            running.set(true);
            threads = Executors.newFixedThreadPool(6);
            for (int i = 0; i < 3; i++) {
                threads.submit(this::write);
                threads.submit(this::read);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Call> calls() {
            return List.copyOf(calls);
        }

        private void write() {
            while (running.get()) {
                String token = Editor.token("xqg", counter.incrementAndGet());
                String body = "{\"title\":\"Berita uji " + token + "\",\"summary\":\"Ringkas.\",\"body\":\"<p>Isi "
                        + token + ".</p>\",\"category\":\"bisnis\",\"tags\":[\"uji\"]}";
                HttpResponse<String> created = call("create", "POST", cluster.article.baseUrl() + "/api/articles",
                        body);
                if (created == null || created.statusCode() != 201) {
                    continue;
                }
                JsonNode a = http.parse(created.body());
                String id = a.path("id").asString();
                tokens.put(id, token);
                record(a, "create");
                HttpResponse<String> published = call("publish", "POST",
                        cluster.article.baseUrl() + "/api/articles/" + id + "/publish", null);
                if (published != null && published.statusCode() == 200) {
                    record(http.parse(published.body()), "publish");
                }
            }
        }

        private void record(JsonNode a, String op) {
            writes.add(new Editor.Write(a.path("id").asString(), op, a.path("version").asLong(),
                    a.path("status").asString(), a.path("title").asString(),
                    a.path("category").path("slug").asString()));
        }

        private void read() {
            int i = 0;
            while (running.get()) {
                String url = switch (i++ % 3) {
                    case 0 -> cluster.feed.baseUrl() + "/api/feed/categories/bisnis?limit=20";
                    case 1 -> cluster.feed.baseUrl() + "/api/feed";
                    default -> cluster.search.baseUrl() + "/api/search?q="
                            + URLEncoder.encode("berita uji", StandardCharsets.UTF_8);
                };
                call("GET " + url, "GET", url, null);
            }
        }

        private HttpResponse<String> call(String what, String method, String url, String body) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = method.equals("GET")
                        ? http.get(url)
                        : http.editor(method, url, body, (Long) null);
                calls.add(new Call(what, t0, System.nanoTime(), r.statusCode()));
                return r;
            } catch (IOException e) {
                calls.add(new Call(what + " (" + e + ")", t0, System.nanoTime(), -1));
                Pause.of(Duration.ofMillis(50)); // the service is gone: do not spin
                return null;
            }
        }
    }
}
