package id.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.query.SearchService;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.Settings;
import id.newsroom.search.support.TestIndex;

/**
 * Search and suggest throughput in process while editors publish, as the platform benchmark's issue-25 target puts
 * it (each under 20 writes/s at least 0.6 times its own figure without writes, same run), for the result cache's
 * former rule (every refresh empties it) and its revalidation. Not part of the build (its name is not a test's):
 * {@code ./mvnw -B -o -pl search-service test -Dtest=CacheUnderWritesProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm.args=} (C2, as in production); {@code -Dprobe.articles=20000 -Dprobe.seconds=15 -Dprobe.clients=2
 * -Dprobe.writes=20 -Dprobe.merge=true} (false: the index keeps the segments its writes made); figures in target/surefire-reports/id.newsroom.search.CacheUnderWritesProbe-output.txt.
 *
 * <p>The writer does what the indexer does: one thread applies the stories (new ones, and now and then an edit of a
 * recent one) and refreshes at most every 100 ms; every tenth story carries a word of its own, which a third thread
 * searches for until found (publish -> found).
 */
class CacheUnderWritesProbe {

    @TempDir
    Path dir;

    @Test
    void probe() throws Exception {
        int articles = Integer.getInteger("probe.articles", 20_000);
        int seconds = Integer.getInteger("probe.seconds", 15);
        int clients = Integer.getInteger("probe.clients", 2);
        int writesPerSecond = Integer.getInteger("probe.writes", 20);
        CorpusGenerator generator = new CorpusGenerator(42, CorpusGenerator.Style.NEWS);
        try (TestIndex index = new TestIndex(dir)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                index.add(generator.next(i));
            }
            if (Boolean.parseBoolean(System.getProperty("probe.merge", "true"))) {
                index.store.current().forceMerge(1); // as the service merges once it has caught up
            }
            index.refresh();
            System.out.printf("%d articles indexed in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
            Set<String> distinct = new LinkedHashSet<>();
            for (String q : generator.queries(20_000)) {
                if (distinct.size() < 2_000) {
                    distinct.add(q);
                }
            }
            List<String> queries = List.copyOf(distinct);
            List<String> prefixes = queries.stream().map(q -> q.substring(0, Math.min(4, q.length()))).distinct()
                    .toList();
            System.out.printf("%d distinct queries, %d distinct suggest prefixes%n", queries.size(), prefixes.size());
            Writer writer = new Writer(index, generator, articles, writesPerSecond);

            for (String rule : List.of("false", "true")) {
                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                SearchProperties.Query settings = Settings.search("query.cache-revalidation", rule).query();
                SearchService search = new SearchService(index.store, new SynonymDictionary(null), settings,
                        new HitDocuments(settings.documentCacheSize(), registry), registry);
                Consumer<String> ask = q -> search.search(
                        new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 10));
                String name = "true".equals(rule) ? "revalidated" : "emptied on refresh";
                run(queries, clients, 5, ask, null); // warm-up: the JIT and the cache
                double quiet = run(queries, clients, seconds, ask, null);
                double[] before = {gets(registry, "hit"), gets(registry, "miss"), count(registry, "kept"),
                        count(registry, "recomputed")};
                double busy = run(queries, clients, seconds, ask, writer);
                double served = gets(registry, "hit") - before[0];
                double missed = gets(registry, "miss") - before[1];
                double kept = count(registry, "kept") - before[2];
                double recomputed = count(registry, "recomputed") - before[3];
                System.out.printf(Locale.ROOT, "search, cache %s: %.0f req/s without writes, %.0f req/s with %d"
                        + " writes/s = %.2fx; cache served %.0f, missed %.0f; revalidations kept %.0f, recomputed %.0f"
                        + " (%.0f%% kept); %s%n", name, quiet, busy, writesPerSecond, busy / quiet, served, missed,
                        kept,
                        recomputed, 100 * kept / Math.max(1, kept + recomputed), writer.freshness());
            }
            costPerOutcome(index, generator, articles + 100_000, queries);
            Consumer<String> suggest = q -> index.suggest.suggest(q, 8);
            run(prefixes, clients, 5, suggest, null);
            double quiet = run(prefixes, clients, seconds, suggest, null);
            double busy = run(prefixes, clients, seconds, suggest, writer);
            System.out.printf(Locale.ROOT, "suggest (no cache): %.0f req/s without writes, %.0f req/s with %d"
                    + " writes/s = %.2fx; %s%n", quiet, busy, writesPerSecond, busy / quiet, writer.freshness());
        }
    }

    /**
     * One thread, no writer running: every query is asked, two stories are published and refreshed, every query is
     * asked again and timed by what the cache did (kept after revalidation, recomputed), five rounds. The cost of a
     * revalidation against that of the search it saves, free of the contention of the throughput runs.
     */
    private static void costPerOutcome(TestIndex index, CorpusGenerator generator, int first, List<String> queries)
            throws Exception {
        for (String rule : List.of("false", "true")) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            SearchProperties.Query settings = Settings.search("query.cache-revalidation", rule).query();
            SearchService search = new SearchService(index.store, new SynonymDictionary(null), settings,
                    new HitDocuments(settings.documentCacheSize(), registry), registry);
            long[] nanos = new long[2];
            long[] counts = new long[2];
            for (int round = 0; round < 6; round++) {
                for (String q : queries) {
                    double kept = count(registry, "kept");
                    double recomputed = count(registry, "recomputed");
                    long t = System.nanoTime();
                    search.search(new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE,
                            1, 10));
                    long took = System.nanoTime() - t;
                    int outcome = count(registry, "kept") > kept
                            ? 0
                            : count(registry, "recomputed") > recomputed
                                    ? 1
                                    : -1;
                    if (round > 0 && outcome >= 0) {
                        nanos[outcome] += took;
                        counts[outcome]++;
                    }
                }
                for (int i = 0; i < 2; i++) {
                    index.add(generator.next(first + round * 2 + i).publishedAt(Instant.now()));
                }
                index.refresh();
            }
            System.out.printf(Locale.ROOT, "after a refresh of 2 new stories, cache %s: %d kept at %.0f us each, %d"
                    + " recomputed at %.0f us each%n", "true".equals(rule) ? "revalidated" : "emptied on refresh",
                    counts[0], nanos[0] / 1e3 / Math.max(1, counts[0]), counts[1],
                    nanos[1] / 1e3 / Math.max(1, counts[1]));
        }
    }

    private static double gets(SimpleMeterRegistry registry, String result) {
        return registry.get("cache.gets").tag("cache", "search_results").tag("result", result).functionCounter()
                .count();
    }

    private static double count(SimpleMeterRegistry registry, String outcome) {
        return registry.get("news.search.cache.revalidations").tag("outcome", outcome).counter().count();
    }

    /** Requests per second of {@code clients} threads asking the paths in turn (each from its own start). */
    private static double run(List<String> paths, int clients, int seconds, Consumer<String> ask, Writer writer)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c * paths.size() / clients;
            Thread thread = new Thread(() -> {
                for (int i = start; !stop.get(); i++) {
                    ask.accept(paths.get(i % paths.size()));
                    done.incrementAndGet();
                }
            });
            threads.add(thread);
        }
        if (writer != null) {
            writer.start();
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L); // a measuring window, not a wait for a condition
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        double rate = done.get() / ((System.nanoTime() - t0) / 1e9);
        if (writer != null) {
            writer.stop();
        }
        return rate;
    }

    /** Publishes {@code perSecond} stories a second on one thread, refreshing at most every 100 ms. */
    private static final class Writer {

        private final TestIndex index;
        private final CorpusGenerator generator;
        private final int perSecond;
        private final List<Long> freshness = new ArrayList<>();
        private final List<Article> recent = new ArrayList<>();
        private int next;
        private volatile int refreshes;
        private volatile boolean running;
        private Thread thread;
        private Thread checker;

        Writer(TestIndex index, CorpusGenerator generator, int first, int perSecond) {
            this.index = index;
            this.generator = generator;
            this.next = first;
            this.perSecond = perSecond;
        }

        void start() {
            running = true;
            java.util.concurrent.BlockingQueue<Object[]> probes = new java.util.concurrent.LinkedBlockingQueue<>();
            thread = new Thread(() -> {
                long interval = 1_000_000_000L / perSecond;
                long due = System.nanoTime();
                long lastRefresh = System.nanoTime();
                while (running) {
                    Article article;
                    if (next % 4 == 3 && !recent.isEmpty()) {
                        article = recent.get(next % recent.size());
                        article.summary = article.summary + " (diperbarui)";
                        article.next("edited", "PUBLISHED");
                    } else {
                        article = generator.next(next).publishedAt(Instant.now());
                        if (next % 10 == 0) {
                            article.title = article.title + " zzsegar" + next;
                            probes.add(new Object[]{"zzsegar" + next, System.nanoTime()});
                        }
                        recent.add(article);
                    }
                    next++;
                    index.add(article);
                    if (System.nanoTime() - lastRefresh >= 100_000_000L) {
                        index.refresh();
                        refreshes++;
                        lastRefresh = System.nanoTime();
                    }
                    due += interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                index.refresh();
            }, "probe-writer");
            checker = new Thread(() -> {
                try {
                    while (running) {
                        Object[] probe = probes.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                        if (probe == null) {
                            continue;
                        }
                        while (running && !found((String) probe[0])) {
                            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
                        }
                        synchronized (freshness) {
                            freshness.add(System.nanoTime() - (Long) probe[1]);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "probe-freshness");
            thread.start();
            checker.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            checker.join();
        }

        /** Found as written (not a "did you mean" of an earlier probe's word). */
        private boolean found(String word) {
            var response = index.search.search(
                    new SearchRequest(word, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 1));
            return response.didYouMean() == null && response.total() > 0;
        }

        String freshness() {
            synchronized (freshness) {
                long[] took = freshness.stream().mapToLong(Long::longValue).sorted().toArray();
                assertThat(took).as("stories published during the run were found").isNotEmpty();
                String line = String.format(Locale.ROOT,
                        "publish -> found p50 %.0f ms, p99 %.0f ms (%d probes); %d refreshes",
                        took[took.length / 2] / 1e6, took[(int) (took.length * 0.99)] / 1e6, took.length, refreshes);
                freshness.clear();
                refreshes = 0;
                return line;
            }
        }
    }
}
