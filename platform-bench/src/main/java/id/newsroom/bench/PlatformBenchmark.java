package id.newsroom.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * {@code ./bench.sh N}: the platform at N articles, measured from outside. Starts the local platform on its own data
 * folder (or uses a running one with {@code --use-running}), imports a deterministic corpus through
 * {@code POST /api/imports}, waits until feed and search hold it, then runs wrk against every reader path with editors
 * writing meanwhile, measures idle CPU per process and the restart, and saves bench-results/.
 */
public final class PlatformBenchmark {

    private static final String SECTION = "bisnis";
    private static final int BATCH = 2_000;
    /** Reads start once the whole platform uses less than this share of one core (idle is about 5%). */
    static final double QUIET_PERCENT = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"); // runs of one day apart

    private final Http http = new Http();
    private final Corpus corpus;
    private final int seconds;
    private final Path root;

    private PlatformBenchmark(int articles, int seconds, Path root) {
        this.corpus = new Corpus(articles, 42);
        this.seconds = seconds;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 && !args[0].startsWith("--")
                ? Integer.parseInt(args[0].replace("_", ""))
                : 100_000;
        List<String> options = List.of(args);
        boolean useRunning = options.contains("--use-running");
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "15"));
        Path root = Path.of(System.getProperty("news.root", ".")).toAbsolutePath().normalize();
        Path dataDir = useRunning
                ? root.resolve(".local")
                : root.resolve(".local-bench").resolve(Integer.toString(articles));
        new PlatformBenchmark(articles, seconds, root).run(useRunning, dataDir);
    }

    private void run(boolean useRunning, Path dataDir) throws Exception {
        try (PlatformRun platform = new PlatformRun(root, dataDir, http)) {
            double start = Double.NaN;
            if (useRunning) {
                require(platform.allUp(),
                        "No platform answers on 8081-8084: start ./run-local.sh or drop --use-running");
            } else {
                say("Starting the platform in " + dataDir + " ...");
                start = platform.start();
                say(String.format("Ready in %.1f s.", start));
            }
            corpus.photos(new Photos(http).awaitDemoPhotos());
            BenchResult.Import imported = importCorpus(platform);
            List<Wrk.Result> reads = new ArrayList<>();
            EditorLoad editors = new EditorLoad(http, PlatformRun.ARTICLE, PlatformRun.FEED, PlatformRun.SEARCH);
            editors.start();
            try {
                // A first pass, not reported (10 s a path: wrk's own 5 s warm-up, then 5 s): the services' JIT needs
                // more than one path's warm-up (measured first, the home page did 599 req/s, measured second 1,582).
                say("Warming every reader path up, 10 s each ...");
                readPaths(platform.hasWebFrontend(), dataDir, 5);
                say("Reading, " + seconds + " s per path, with editors writing 20/s ...");
                reads.addAll(readPaths(platform.hasWebFrontend(), dataDir, seconds));
            } finally {
                editors.close();
            }
            say("Search and suggest again, nobody writing ...");
            reads.addAll(searchWithoutWrites(dataDir));
            BenchResult.Writes writes = new BenchResult.Writes(editors.writeMs.size(), editors.failures.get(),
                    BenchResult.percentile(editors.writeMs, 0.5), BenchResult.percentile(editors.writeMs, 0.99),
                    BenchResult.percentile(editors.feedFreshnessMs, 0.5),
                    BenchResult.percentile(editors.feedFreshnessMs, 0.99),
                    BenchResult.percentile(editors.searchFreshnessMs, 0.5),
                    BenchResult.percentile(editors.searchFreshnessMs, 0.99));
            Map<String, Double> idle = idleCpu(platform);
            double restart = Double.NaN;
            if (!useRunning) {
                say("Restarting with the archive in place...");
                platform.close();
                restart = platform.start();
            }
            BenchResult result = new BenchResult(STAMP.format(LocalDateTime.now()), corpus.size(),
                    System.getenv("MONGODB_URI") == null ? "embedded stand-in (indexed H2)" : "MONGODB_URI",
                    4, seconds, imported, reads, writes, idle, start, restart);
            Path report = Report.save(result, root.resolve("bench-results"));
            System.out.println();
            System.out.println(Files.readString(report));
            say("Saved " + report + " (and .json, .png).");
        }
    }

    private BenchResult.Import importCorpus(PlatformRun platform) throws InterruptedException {
        List<double[]> feedBefore = Metrics.scrape(http, PlatformRun.FEED).buckets("news_feed_freshness_seconds");
        List<double[]> searchBefore = Metrics.scrape(http, PlatformRun.SEARCH).buckets("news_search_freshness_seconds");
        say(String.format(
                "Importing %,d articles through POST /api/imports, an editor publishing one story a second ...",
                corpus.size()));
        long t0 = System.nanoTime();
        int failed = 0;
        EditorLoad breaking = EditorLoad.breakingNews(http, PlatformRun.ARTICLE, PlatformRun.FEED, PlatformRun.SEARCH);
        breaking.start();
        for (int from = 0; from < corpus.size(); from += BATCH) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = from; i < Math.min(corpus.size(), from + BATCH); i++) {
                ndjson.append(corpus.importLine(i)).append('\n');
            }
            HttpResponse<String> r = http.editor("POST", PlatformRun.ARTICLE + "/api/imports", "application/x-ndjson",
                    ndjson.toString().getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
            require(r.statusCode() == 200, "Import answered " + r.statusCode() + ": " + r.body());
            failed += http.parse(r.body()).path("failed").size();
            System.out.printf("\r  %,d / %,d", Math.min(corpus.size(), from + BATCH), corpus.size());
        }
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.println();
        awaitReadable();
        double converged = (System.nanoTime() - t0) / 1e9;
        breaking.close();
        BenchResult.Breaking live = new BenchResult.Breaking(breaking.probed.get(), breaking.missedProbes.get(),
                BenchResult.percentile(breaking.feedFreshnessMs, 0.5),
                BenchResult.percentile(breaking.feedFreshnessMs, 0.99),
                BenchResult.percentile(breaking.searchFreshnessMs, 0.5),
                BenchResult.percentile(breaking.searchFreshnessMs, 0.99));
        say(String.format("Breaking news during the import: %d stories, readable in feed p99 %.0f ms, found by search "
                + "p99 %.0f ms, %d missed.", live.probes(), live.feedP99Ms(), live.searchP99Ms(), live.missed()));
        List<double[]> feedAfter = Metrics.scrape(http, PlatformRun.FEED).buckets("news_feed_freshness_seconds");
        List<double[]> searchAfter = Metrics.scrape(http, PlatformRun.SEARCH).buckets("news_search_freshness_seconds");
        say(String.format("Imported in %.0f s; feed and search hold it all after %.0f s.", importSeconds, converged));
        double settled = ProcessCpu.awaitQuiet(platform.processes().values(), QUIET_PERCENT, 600);
        say(String.format("The platform settled (under %.0f%% of a core) %.0f s later.", QUIET_PERCENT, settled));
        return new BenchResult.Import(importSeconds, corpus.size() / importSeconds, failed,
                Metrics.percentileMs(feedBefore, feedAfter, 0.5), Metrics.percentileMs(feedBefore, feedAfter, 0.99),
                Metrics.percentileMs(searchBefore, searchAfter, 0.5),
                Metrics.percentileMs(searchBefore, searchAfter, 0.99),
                converged, settled, live);
    }

    /** Until the outbox is empty, every sampled article is on the feed and search has indexed the whole corpus. */
    private void awaitReadable() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        List<String> sample = new ArrayList<>();
        for (int i = corpus.size() - 1; i >= 0; i -= Math.max(1, corpus.size() / 50)) {
            sample.add(corpus.article(i).slug());
        }
        while (System.nanoTime() < deadline) {
            boolean drained = Metrics.scrape(http, PlatformRun.ARTICLE).sum("news_outbox_pending_events") == 0;
            boolean indexed = Metrics.scrape(http, PlatformRun.SEARCH).sum("news_search_index_documents") >= corpus
                    .size();
            if (drained && indexed && sample.stream()
                    .allMatch(slug -> http.get(PlatformRun.FEED + "/api/articles/" + slug).statusCode() == 200)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500); // polling the platform's own progress
        }
        throw new IllegalStateException("The corpus did not become readable within 30 minutes");
    }

    /** The rotating URLs, the same in every phase: 2,000 slugs (split by photo) and 2,000 distinct queries. */
    private record Workload(List<String> slugs, List<String> withPhoto, List<String> withoutPhoto,
            List<String> searches, List<String> suggestions) {}

    private Workload workload() {
        List<String> slugs = new ArrayList<>();
        List<String> withPhoto = new ArrayList<>();
        List<String> withoutPhoto = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            int index = r.nextInt(corpus.size());
            String slug = corpus.article(index).slug();
            slugs.add(slug);
            (corpus.hasPhoto(index) ? withPhoto : withoutPhoto).add("/berita/" + slug);
        }
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < 2_000) {
            queries.add(Corpus.query(r) + (queries.size() % 3 == 0 ? "" : " " + Corpus.pick(r, Corpus.TOPICS)));
        }
        return new Workload(slugs, withPhoto, withoutPhoto,
                queries.stream().map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList(),
                queries.stream().map(q -> "/api/search/suggest?q=" + URLEncoder.encode(q.substring(0, Math.min(4,
                        q.length())), StandardCharsets.UTF_8)).distinct().toList());
    }

    /** Search and suggest with nobody writing: the figure search under writes is compared with. */
    private List<Wrk.Result> searchWithoutWrites(Path dataDir) throws Exception {
        Wrk wrk = new Wrk(4, seconds, Files.createDirectories(dataDir.resolve("wrk")));
        Workload w = workload();
        return List.of(report(wrk.rotating(Report.SEARCH_NO_WRITES, PlatformRun.SEARCH, w.searches())),
                report(wrk.rotating(Report.SUGGEST_NO_WRITES, PlatformRun.SEARCH, w.suggestions())));
    }

    private List<Wrk.Result> readPaths(boolean web, Path dataDir, int pathSeconds) throws Exception {
        Path work = Files.createDirectories(dataDir.resolve("wrk"));
        Wrk wrk = new Wrk(4, pathSeconds, work);
        Workload w = workload();
        List<String> slugs = w.slugs();
        String section = PlatformRun.FEED + "/api/feed/categories/" + SECTION;
        List<Wrk.Result> results = new ArrayList<>();
        results.add(report(wrk.run("home first page", PlatformRun.FEED + "/api/feed")));
        results.add(report(wrk.run("section first page", section)));
        int deep = Math.min(50, corpus.size() / Corpus.SECTIONS.size() / 20 / 2); // page 50 at a newsroom's size
        results.add(
                report(wrk.run("section page " + deep, section + "?limit=20&cursor=" + cursorOfPage(section, deep))));
        results.add(report(wrk.rotating("article page (2,000 slugs)", PlatformRun.FEED,
                slugs.stream().map(s -> "/api/articles/" + s).toList())));
        results.add(report(wrk.run("section RSS", PlatformRun.FEED + "/feeds/categories/" + SECTION + "/rss.xml")));
        results.add(report(wrk.rotating(Report.SEARCH, PlatformRun.SEARCH, w.searches())));
        results.add(report(wrk.rotating(Report.SUGGEST, PlatformRun.SEARCH, w.suggestions())));
        if (web) {
            results.add(report(wrk.run("web: home page", PlatformRun.WEB + "/")));
            results.add(report(wrk.run("web: section page", PlatformRun.WEB + "/kategori/" + SECTION)));
            results.add(report(wrk.rotating("web: article page", PlatformRun.WEB,
                    slugs.stream().map(s -> "/berita/" + s).toList())));
            // The photo target: a page with its picture within 10% of one without, same run.
            results.add(report(wrk.rotating("web: article page with photo", PlatformRun.WEB, w.withPhoto())));
            results.add(report(wrk.rotating("web: article page without photo", PlatformRun.WEB, w.withoutPhoto())));
        }
        List<String> variants = new Photos(http).variantPaths();
        if (!variants.isEmpty()) {
            results.add(report(wrk.rotating("media: photo variant (" + variants.size() + " URLs)", PlatformRun.MEDIA,
                    variants)));
        }
        // The baseline last, listed first: measured first it met a JIT still compiling the services' request path
        // (627 req/s then, 5,260 once warm with the same editor load), and every ratio was flattered.
        results.add(0, report(wrk.run(Report.CEILING, PlatformRun.FEED + "/actuator/health/liveness")));
        return results;
    }

    private String cursorOfPage(String section, int page) {
        String cursor = null;
        for (int p = 1; p < page; p++) {
            JsonNode body = http.getJson(section + "?limit=20"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            cursor = body.path("nextCursor").asString();
            require(cursor != null && !cursor.isEmpty(), "The section has fewer than " + page + " pages");
        }
        return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    private Map<String, Double> idleCpu(PlatformRun platform) throws InterruptedException {
        say("Idle: settling 15 s, then measuring CPU for 60 s ...");
        TimeUnit.SECONDS.sleep(15); // let the last writes drain before measuring what idling costs
        Map<String, Long> pids = platform.processes();
        Map<String, Double> before = new LinkedHashMap<>();
        pids.forEach((name, pid) -> before.put(name, ProcessCpu.seconds(pid)));
        long t0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(60);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> percent = new LinkedHashMap<>();
        pids.forEach((name, pid) -> percent.put(name, 100 * (ProcessCpu.seconds(pid) - before.get(name)) / elapsed));
        return percent;
    }

    private static Wrk.Result report(Wrk.Result r) {
        System.out.printf("  %-34s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", r.name(),
                r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), r.non2xx() + r.errors());
        return r;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
