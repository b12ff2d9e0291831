package id.newsroom.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.ItBase;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Not part of verify (the name matches neither *Test nor *IT). Run:
 * {@code ./mvnw -B -q -pl article-service verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OutboxBenchmark && cat article-service/target/benchmark-outbox.txt}
 * Prints write latency and commit-to-Kafka latency as ratios of a read measured in the same run, so figures from
 * machines of different speed (or load) stay comparable.
 */
class OutboxBenchmark extends ItBase {

    private static final int N = 200;

    @Test
    void measure() throws IOException, InterruptedException {
        Api api = editor();
        EventCollector events = new EventCollector(TestInfrastructure.get().kafkaBootstrapServers());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // warm-up
            ids.add(api.post("/api/articles", Api.article("Pemanasan Pengukuran Nomor " + i, "bisnis")).json()
                    .get("id").asString());
        }
        for (int i = 0; i < N; i++) {
            api.get("/api/articles/" + ids.get(i % ids.size()));
        }
        // the consumer has joined and sees events before anything is timed
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ids.stream().allMatch(id -> !events.forArticle(id).isEmpty()));
        List<Long> liveness = timed(() -> anonymous().get("/actuator/health/liveness"));
        List<Long> categories = timed(() -> api.get("/api/categories"));
        List<Long> read = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            long t = System.nanoTime();
            assertThat(api.get("/api/articles/" + ids.get(i % ids.size())).status()).isEqualTo(200);
            read.add(System.nanoTime() - t);
        }
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<Long> write = new ArrayList<>();
        try (events) {
            long start = System.nanoTime();
            for (int i = 0; i < N; i++) {
                long t = System.nanoTime();
                Api.Response r = api.post("/api/articles", Api.article("Pengukuran Kecepatan Outbox " + i, "bisnis"));
                long done = System.nanoTime();
                assertThat(r.status()).isEqualTo(201);
                write.add(done - t);
                committedAt.put(r.json().get("id").asString(), done);
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> committedAt.keySet().stream().allMatch(id -> !events.forArticle(id).isEmpty()));
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> e2e = new ArrayList<>();
            for (Map.Entry<String, Long> c : committedAt.entrySet()) {
                e2e.add(events.seenAt(c.getKey()) - c.getValue());
            }
            String report = String.format(Locale.ROOT, """
                    article-service outbox benchmark (%d sequential requests each, one client)
                      http only GET /actuator/health/liveness p50 %6.1f ms  p95 %6.1f ms
                      http+auth GET /api/categories         p50 %6.1f ms  p95 %6.1f ms
                      baseline  GET /api/articles/{id}      p50 %6.1f ms  p95 %6.1f ms
                      write     POST /api/articles          p50 %6.1f ms  p95 %6.1f ms   ratio p50 %.2fx baseline
                      event     commit -> consumer on Kafka p50 %6.1f ms  p95 %6.1f ms   ratio p50 %.2fx baseline
                      throughput (create + relay)           %.0f articles/s
                    """, N, ms(liveness, 50), ms(liveness, 95), ms(categories, 50), ms(categories, 95), ms(read, 50),
                    ms(read, 95), ms(write, 50), ms(write, 95), ms(write, 50) / ms(read, 50),
                    ms(e2e, 50), ms(e2e, 95), ms(e2e, 50) / ms(read, 50), N / seconds);
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark-outbox.txt"), report);
        }
    }

    private static List<Long> timed(Runnable call) {
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            long start = System.nanoTime();
            call.run();
            t.add(System.nanoTime() - start);
        }
        return t;
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
