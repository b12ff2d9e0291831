package id.newsroom.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Editors at work while readers read: a new story created and published every 100 ms (20 writes/s), each request's
 * latency kept; for every fifth story, how long from the publish's answer (the commit) until it is readable on the
 * feed's article page and found by search, polled every 20 ms. {@link #breakingNews} is the slower newsroom of an
 * archive import: one story a second, every one probed. A probe still unanswered after a minute counts as missed.
 */
final class EditorLoad implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(60);

    private final Http http;
    private final String article;
    private final String feed;
    private final String search;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService writers = Executors.newFixedThreadPool(8); // a slow write does not slow the pace
    private final ExecutorService probes = Executors.newFixedThreadPool(4);
    final List<Double> writeMs = Collections.synchronizedList(new ArrayList<>());
    final List<Double> feedFreshnessMs = Collections.synchronizedList(new ArrayList<>());
    final List<Double> searchFreshnessMs = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger probed = new AtomicInteger();
    final AtomicInteger missedProbes = new AtomicInteger();
    private final AtomicInteger counter;
    private final long periodMs;
    private final int probeEvery;

    EditorLoad(Http http, String article, String feed, String search) {
        this(http, article, feed, search, 100, 5, 0);
    }

    private EditorLoad(Http http, String article, String feed, String search, long periodMs, int probeEvery,
            int firstStory) {
        this.http = http;
        this.article = article;
        this.feed = feed;
        this.search = search;
        this.periodMs = periodMs;
        this.probeEvery = probeEvery;
        this.counter = new AtomicInteger(firstStory);
    }

    /** One story a second, each probed; numbered apart from the 20/s load's stories (their search tokens differ). */
    static EditorLoad breakingNews(Http http, String article, String feed, String search) {
        return new EditorLoad(http, article, feed, search, 1_000, 1, 1_000_000);
    }

    void start() {
        ticks.scheduleAtFixedRate(() -> writers.submit(this::oneStory), 0, periodMs, TimeUnit.MILLISECONDS);
    }

    private void oneStory() {
        int n = counter.incrementAndGet();
        String token = token(n);
        String body = "{\"title\":\"Laporan warga " + token + " soal layanan publik\",\"summary\":\"Ringkasan " + token
                + ".\",\"body\":\"<p>Isi berita " + token + " tentang pelayanan kota.</p>\",\"category\":\"bisnis\","
                + "\"tags\":[\"bench\"]}";
        try {
            HttpResponse<String> created = timed("POST", article + "/api/articles", body);
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                failures.incrementAndGet();
                return;
            }
            String id = http.parse(created.body()).path("id").asString();
            HttpResponse<String> published = timed("POST", article + "/api/articles/" + id + "/publish", null);
            long committedAt = System.nanoTime();
            if (published.statusCode() != 200) {
                failures.incrementAndGet();
                return;
            }
            if (n % probeEvery == 0) {
                String slug = http.parse(published.body()).path("slug").asString();
                probed.incrementAndGet();
                probes.submit(() -> probe(committedAt, slug, token));
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    private HttpResponse<String> timed(String method, String url, String json) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.editor(method, url, "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), TIMEOUT);
        writeMs.add((System.nanoTime() - t0) / 1e6);
        return r;
    }

    private void probe(long committedAt, String slug, String token) {
        long deadline = committedAt + PROBE_LIMIT.toNanos();
        boolean inFeed = false;
        boolean inSearch = false;
        String query = search + "/api/search?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        while ((!inFeed || !inSearch) && System.nanoTime() < deadline) {
            if (!inFeed && http.get(feed + "/api/articles/" + slug).statusCode() == 200) {
                inFeed = true;
                feedFreshnessMs.add((System.nanoTime() - committedAt) / 1e6);
            }
            if (!inSearch) {
                JsonNode r = http.parse(http.get(query).body());
                if (r.path("total").asLong() > 0) {
                    inSearch = true;
                    searchFreshnessMs.add((System.nanoTime() - committedAt) / 1e6);
                }
            }
            try {
                Thread.sleep(20); // the probe's polling period, not a wait for a condition in a test
            } catch (InterruptedException e) {
                return;
            }
        }
        if (!inFeed || !inSearch) {
            missedProbes.incrementAndGet();
        }
    }

    /** A word no story has and no stemmer shortens: x + letters + z. */
    static String token(int n) {
        StringBuilder s = new StringBuilder("xq");
        String letters = "bcdfghjkmpqrvwxy";
        for (int v = n; v > 0; v /= letters.length()) {
            s.append(letters.charAt(v % letters.length()));
        }
        return s.append('z').toString();
    }

    @Override
    public void close() throws InterruptedException {
        ticks.shutdownNow();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
        probes.shutdown();
        probes.awaitTermination(PROBE_LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
    }
}
