package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.newsroom.infra.Ports;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of verify (the name matches neither *Test nor *IT). Imports a deterministic corpus of N articles through
 * {@code POST /api/imports} into the whole platform (service jars as processes, real broker and MongoDB endpoint) and
 * prints how fast they are accepted, relayed to Kafka, and applied by feed-service and search-service, next to the
 * ordinary editors' path (create + publish, one article at a time) measured in the same run:
 * <pre>
 * ./mvnw -B -q -pl embedded-infra,article-service,feed-service,search-service,wordpress-import,platform-launcher \
 *     verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark -Dtest.jvm.args= \
 *     -Dfailsafe.failIfNoSpecifiedTests=false [-Dbench.articles=10000]
 * </pre>
 */
class ImportBenchmark {

    private static final int N = Integer.getInteger("bench.articles", 10_000);
    private static final int LINES_PER_REQUEST = 1_000;
    private static final int BASELINE = 200;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            (DemoLoader.EDITOR_USER + ":" + DemoLoader.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dataDir;

    @Test
    void measure() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Platform platform = new Platform(new PlatformConfig(root, dataDir, 0, infra.kafkaBootstrapServers(), 0,
                infra.mongoUri(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free())).start()) {
            String articles = platform.articleServiceUrl();
            double baseline = ordinaryPath(articles);

            List<String> requests = corpus();
            AtomicLong maxBacklog = new AtomicLong();
            Thread watcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    maxBacklog.accumulateAndGet((long) metric(articles, "news_outbox_pending_events", ""), Math::max);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "outbox-watcher");
            watcher.setDaemon(true);
            watcher.start();
            // the baseline's articles are through everywhere before anything else is counted
            await().atMost(Duration.ofMinutes(2)).until(() -> metric(articles, "news_outbox_pending_events", "") == 0
                    && metric(platform.searchServiceUrl(), "news_search_index_documents", "") >= BASELINE);
            double searchBefore = metric(platform.searchServiceUrl(), "news_search_index_documents", "");
            double feedBefore = metric(platform.feedServiceUrl(), "news_feed_events_total", "outcome=\"applied\"");
            long start = System.nanoTime();
            int imported = 0;
            for (String body : requests) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(articles + "/api/imports"))
                        .header("Authorization", AUTH).header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                imported += Http.JSON.readTree(r.body()).path("imported").asInt();
            }
            double accepted = seconds(start);
            assertThat(imported).isEqualTo(N);
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> metric(articles, "news_outbox_pending_events", "") == 0);
            double relayed = seconds(start);
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> metric(platform.feedServiceUrl(), "news_feed_events_total", "outcome=\"applied\"")
                            - feedBefore >= N);
            double inFeed = seconds(start);
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200)).until(
                    () -> metric(platform.searchServiceUrl(), "news_search_index_documents", "") - searchBefore >= N);
            double inSearch = seconds(start);
            watcher.interrupt();

            String report = String.format(Locale.ROOT, """
                    Archive import of %,d articles into the whole local platform (%d lines per request)
                      accepted by POST /api/imports  %6.1f s  %,8.0f articles/s
                      relayed to Kafka (outbox empty)  %6.1f s  %,8.0f articles/s   (largest outbox backlog seen: %,d)
                      applied by feed-service          %6.1f s  %,8.0f articles/s
                      searchable in search-service     %6.1f s  %,8.0f articles/s
                    Baseline, same run: create + publish through the editors' API, %d articles one at a time:
                                                              %,8.0f articles/s
                    End to end (searchable) is %.1fx the ordinary path; target >= 170 articles/s (100,000 in 10 min)
                    """, N, LINES_PER_REQUEST, accepted, N / accepted, relayed, N / relayed, maxBacklog.get(),
                    inFeed, N / inFeed, inSearch, N / inSearch, BASELINE, baseline, (N / inSearch) / baseline);
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-import.txt"), report);
        }
    }

    /** Articles per second through create + publish, the way the archive was loaded before the import existed. */
    private static double ordinaryPath(String articles) {
        long start = System.nanoTime();
        for (int i = 0; i < BASELINE; i++) {
            Http.Response created = Http.postAsEditor(articles + "/api/articles", """
                    {"title": "Artikel Pembanding Nomor %d", "body": "<p>Isi pembanding.</p>", "category": "bisnis"}
                    """.formatted(i));
            String id = created.json().path("id").asString();
            assertThat(Http.postAsEditor(articles + "/api/articles/" + id + "/publish",
                    "{\"publishedAt\": \"2020-01-01T00:00:00Z\"}").status()).isEqualTo(200);
        }
        return BASELINE / seconds(start);
    }

    /** N Indonesian-like articles (fixed seed: every run imports the same corpus), as NDJSON request bodies. */
    private static List<String> corpus() {
        String[] sections = {"pemerintahan", "bisnis", "properti", "wisata", "tokoh", "olahraga", "pendidikan",
                "kesehatan", "hukum"};
        String[] places = {"Cipondoh", "Serpong", "Ciledug", "Karawaci", "Pamulang", "Tigaraksa", "Balaraja",
                "Kosambi"};
        String[] people = {"Siti Rahma", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Wulandari", "Joko Widodo"};
        String[] subjects = {"Pasar Tradisional", "Jalan Rusak", "Banjir Rob", "Festival Kuliner", "Sekolah Baru",
                "Puskesmas", "Taman Kota", "Pelatihan UMKM", "Turnamen Futsal", "Perumahan Subsidi"};
        Random random = new Random(42);
        Instant base = Instant.parse("2015-01-01T00:00:00Z");
        List<String> bodies = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < N; i++) {
            String place = places[random.nextInt(places.length)];
            String subject = subjects[random.nextInt(subjects.length)];
            String person = people[random.nextInt(people.length)];
            StringBuilder body = new StringBuilder();
            for (int p = 0, n = 2 + random.nextInt(6); p < n; p++) {
                body.append("<p>").append(person).append(" meninjau ").append(subject.toLowerCase(Locale.ROOT))
                        .append(" di ").append(place).append(" pada hari ke-").append(p + 1)
                        .append(". Warga berharap pembangunan berlanjut arsipbenchmark.</p>");
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("externalId", "bench-" + i);
            line.put("slug", "arsip-" + i + "-" + subject.toLowerCase(Locale.ROOT).replace(' ', '-'));
            line.put("title", subject + " di " + place + " Jadi Sorotan Warga, Laporan " + i);
            line.put("summary", person + " meninjau " + subject.toLowerCase(Locale.ROOT) + " di " + place + ".");
            line.put("body", body.toString());
            line.put("category", sections[random.nextInt(sections.length)]);
            line.put("tags", List.of(place.toLowerCase(Locale.ROOT), subject.toLowerCase(Locale.ROOT)));
            line.put("author", Map.of("id", "penulis-" + random.nextInt(40), "name", person));
            line.put("image", Map.of("url", "https://cdn.example.id/arsip/" + i + ".jpg", "caption", subject,
                    "credit", "Foto: Arsip"));
            line.put("status", "PUBLISHED");
            line.put("publishedAt", base.plusSeconds(i * 9_000L + random.nextInt(3_600)).toString());
            line.put("legacy",
                    Map.of("wordpressId", 100_000 + i, "permalink", "https://old.example/?p=" + (100_000 + i)));
            sb.append(Http.JSON.writeValueAsString(line)).append('\n');
            if ((i + 1) % LINES_PER_REQUEST == 0 || i == N - 1) {
                bodies.add(sb.toString());
                sb.setLength(0);
            }
        }
        return bodies;
    }

    /** One value from a service's Prometheus scrape: the sum of the series of {@code name} whose labels contain {@code label}. */
    private static double metric(String baseUrl, String name, String label) {
        String text = Http.get(baseUrl + "/actuator/prometheus").body();
        Matcher m = Pattern.compile("^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+|NaN)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(label) && !m.group(2).equals("NaN")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
