package id.newsroom.feed.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.newsroom.feed.projection.ProjectionMetrics;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.support.Events;
import id.newsroom.infra.InfrastructureInitializer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;

/**
 * The issue 4 benchmark. Prints figures, asserts nothing about speed: run it with
 * {@code ./mvnw -B -q -pl feed-service verify -Pbenchmark}. Every figure is set against a baseline measured in the
 * same run on the same machine: the timeline read against a trivial endpoint of the same server (same HTTP client,
 * same connections), the projection against bare MongoDB bulk inserts of the same documents.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feed.database=feeds-bench",
        "logging.level.root=WARN"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@Import(FeedBenchmarkIT.Noop.class)
class FeedBenchmarkIT {

    static final int ARTICLES = 20_000;
    static final int CONNECTIONS = 4;
    static final int EDITS = 5_000;
    static final Duration WARMUP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(10);
    static final List<String> SECTIONS = List.of("pemerintahan", "bisnis", "properti", "wisata", "tokoh", "olahraga",
            "pendidikan", "kesehatan", "hukum", "teknologi");

    /** The baseline endpoint: as little work as the server can do for a GET. */
    @TestConfiguration
    @RestController
    static class Noop {
        private static final byte[] OK = "{\"ok\":true}".getBytes();

        @GetMapping(path = "/bench/noop", produces = "application/json")
        byte[] noop() {
            return OK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    BindingsLifecycleController bindings;
    @Autowired
    ProjectionMetrics metrics;
    @Autowired
    ReadModel readModel;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        line("feed-service benchmark: %d published articles in %d sections, %d connections, %d cores",
                ARTICLES, SECTIONS.size(), CONNECTIONS, Runtime.getRuntime().availableProcessors());
        projection();
        timelines();
        System.out.println("\n" + report);
        Path out = Path.of("target", "benchmark.txt");
        Files.writeString(out, report.toString());
    }

    private void projection() {
        List<Map<String, Object>> batch = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            batch.add(Events.published(Events.newId(), SECTIONS.get(i % SECTIONS.size()), List.of("tag-" + (i % 50))));
        }
        // Produce everything first with the consumer stopped, so only the projection is timed.
        bindings.stop("projectArticles-in-0");
        try (Events events = new Events()) {
            events.sendAll(batch);
        }
        double projectionRate = timeProjection(ARTICLES);

        // Baseline: the same documents as plain bulk inserts of 500, straight to MongoDB.
        MongoCollection<Document> scratch = readModel.database().getCollection("bench_baseline");
        scratch.drop();
        List<Document> docs = readModel.active().find().into(new ArrayList<>());
        long t1 = System.nanoTime();
        for (int i = 0; i < docs.size(); i += 500) {
            scratch.insertMany(docs.subList(i, Math.min(docs.size(), i + 500)));
        }
        double baselineRate = docs.size() / seconds(System.nanoTime() - t1);
        scratch.drop();
        // The edit path: version-guarded updates of articles already held.
        List<Map<String, Object>> edits = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            edits.add(
                    Events.next(batch.get(i * (ARTICLES / EDITS)), "edited", Map.of("title", "Judul diperbarui " + i)));
        }
        bindings.stop("projectArticles-in-0");
        try (Events events = new Events()) {
            events.sendAll(edits);
        }
        double editRate = timeProjection(EDITS);
        line("");
        line("projection of new articles %,10.0f events/s (%d creates)   baseline bare MongoDB insertMany %,10.0f docs/s   ratio %.2f   (target >= 3,000 events/s)",
                projectionRate, ARTICLES, baselineRate, projectionRate / baselineRate);
        line("projection of edits %,10.0f events/s (%d version-guarded updates)   ratio to bare inserts %.2f",
                editRate, EDITS, editRate / baselineRate);
    }

    /**
     * Starts the stopped consumer and times {@code n} applied events, from the first one applied (the consumer group
     * join before it is not projection work) to the last.
     */
    private double timeProjection(int n) {
        double before = metrics.appliedCount();
        bindings.start("projectArticles-in-0");
        await().atMost(60, SECONDS).pollInterval(Duration.ofMillis(1)).until(() -> metrics.appliedCount() > before);
        long t0 = System.nanoTime();
        double atStart = metrics.appliedCount();
        await().atMost(300, SECONDS).pollInterval(Duration.ofMillis(5))
                .until(() -> metrics.appliedCount() - before >= n);
        return (before + n - atStart) / seconds(System.nanoTime() - t0);
    }

    private void timelines() throws Exception {
        String first = "/api/feed/categories/bisnis";
        String cursor = firstCursor(first);
        Result noop = load("/bench/noop");
        Result page = load(first);
        Result deep = load(first + "?cursor=" + cursor);
        Result mongo = mongoFind();
        line("");
        line("%-44s %12s %10s %10s %12s", "read (4 connections, " + MEASURE.toSeconds() + " s)", "requests/s", "p50 ms",
                "p99 ms", "ratio r/s");
        row("baseline GET /bench/noop (trivial endpoint)", noop, noop);
        row("GET first page of a category timeline", page, noop);
        row("GET second page (cursor, not cached)", deep, noop);
        row("bare MongoDB find of a page (driver, 4 thr)", mongo, noop);
        line("target: first page >= 3,000 requests/s with p99 <= 20 ms");
    }

    private String firstCursor(String path) throws Exception {
        String body = client().send(request(path), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll("(?s).*\"nextCursor\":\"([^\"]+)\".*", "$1");
    }

    record Result(double perSecond, double p50, double p99) {}

    private Result load(String path) throws Exception {
        ThreadLocal<RawHttp> connection = ThreadLocal.withInitial(() -> {
            try {
                return new RawHttp(port, path);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<RawHttp> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            return run(() -> {
                RawHttp c = connection.get();
                if (!opened.contains(c)) {
                    opened.add(c);
                }
                int status = c.get();
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
            });
        } finally {
            for (RawHttp c : opened) {
                c.close();
            }
        }
    }

    private Result mongoFind() throws Exception {
        MongoCollection<Document> c = readModel.active();
        return run(() -> c.find(Filters.and(Filters.eq("status", "PUBLISHED"), Filters.eq("category.slug", "bisnis")))
                .projection(Projections.exclude("body", "slugs")).sort(Sorts.descending("publishedAt", "_id"))
                .limit(21).into(new ArrayList<>()));
    }

    interface Call {
        void call() throws Exception;
    }

    private Result run(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            long warmEnd = System.nanoTime() + WARMUP.toNanos();
            long end = warmEnd + MEASURE.toNanos();
            List<Callable<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                workers.add(() -> {
                    long[] lat = new long[1 << 20];
                    int n = 0;
                    while (true) {
                        long s = System.nanoTime();
                        if (s >= end) {
                            break;
                        }
                        call.call();
                        if (s >= warmEnd && n < lat.length) {
                            lat[n++] = System.nanoTime() - s;
                        }
                    }
                    return Arrays.copyOf(lat, n);
                });
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : pool.invokeAll(workers)) {
                all.add(f.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(merged.length / (double) MEASURE.toSeconds(), percentile(merged, 0.50),
                    percentile(merged, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    private HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(2)).build();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .GET().build();
    }

    private void row(String name, Result r, Result baseline) {
        line("%-44s %,12.0f %10.2f %10.2f %12.2f", name, r.perSecond(), r.p50(), r.p99(),
                r.perSecond() / baseline.perSecond());
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
