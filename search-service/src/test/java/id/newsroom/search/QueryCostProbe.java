package id.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.TestIndex;

/**
 * In-process cost of one search over 100,000 generated articles, without HTTP: quick to rerun while tuning (the index
 * is kept in target/ between runs). Not part of the build (its name is not a test's):
 * {@code ./mvnw -pl search-service test -Dtest=QueryCostProbe -Dtest.jvm.args= [-Dbench.corpus=dense]} (the empty
 * test.jvm.args gives C2, as in production), figures in
 * target/surefire-reports/id.newsroom.search.QueryCostProbe-output.txt. Rounds 0 and 2 use baseline settings
 * ({@code -Dprobe.baseline=key=value,...}, default: every total counted exactly), 1 and 3 the settings as configured:
 * a comparison within one run; {@code -Dprobe.kinds=true} splits the time by kind of query.
 */
class QueryCostProbe {

    /** CPU time of the probing thread: on a shared machine it varies far less than wall time. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    @Test
    void probe() throws Exception {
        CorpusGenerator.Style style = CorpusGenerator.Style.valueOf(
                System.getProperty("bench.corpus", "news").toUpperCase(Locale.ROOT));
        Path dir = Path.of(System.getProperty("probe.dir", "target/probe-index-" + style));
        boolean fresh = !Files.exists(dir);
        CorpusGenerator generator = new CorpusGenerator(42, style);
        try (TestIndex index = new TestIndex(dir)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                var article = generator.next(i);
                if (fresh) {
                    index.add(article);
                }
            }
            int merge = Integer.getInteger("probe.merge", 0);
            if (merge > 0) {
                long m = System.nanoTime();
                index.store.current().forceMerge(merge);
                index.store.current().commit();
                System.out.printf("merged to %d segments in %.1f s%n", merge, (System.nanoTime() - m) / 1e9);
            }
            index.refresh();
            int segments = index.store.withSearcher(s -> s.getIndexReader().leaves().size());
            System.out.printf("segments: %d%n", segments);
            System.out.printf("index ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<String> queries = generator.queries(60_000);
            // Same run baseline: by default every total counted exactly (no bound), so every match is visited and
            // scored; -Dprobe.baseline=key=value,key=value compares other settings instead.
            String[] baseline = System.getProperty("probe.baseline",
                    "query.exact-total-up-to=" + Integer.MAX_VALUE).split("[,=]");
            var exactSettings = id.newsroom.search.support.Settings.search(baseline).query();
            var exact = new id.newsroom.search.query.SearchService(index.store,
                    new id.newsroom.search.analysis.SynonymDictionary(null), exactSettings,
                    new id.newsroom.search.query.hits.HitDocuments(exactSettings.documentCacheSize(), index.registry),
                    index.registry);
            int perRound = Integer.getInteger("probe.queries", 20_000);
            for (int round = 0; round < 4; round++) {
                if (round % 2 == 0 && !Boolean.parseBoolean(System.getProperty("probe.exact", "true"))) {
                    continue; // -Dprobe.exact=false: only the settings as configured (e.g. for a profile)
                }
                var search = round % 2 == 0 ? exact : index.search;
                long[] took = new long[perRound];
                String[] asked = new String[perRound];
                long hits = 0;
                long cpu = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < took.length; i++) {
                    String q = queries.get((round / 2) * perRound + i) + " -zq" + round + "x" + i;
                    long t = System.nanoTime();
                    long total = search.search(new SearchRequest(q, null, null, null, null, null,
                            SearchRequest.Sort.RELEVANCE, 1, 10)).total();
                    hits += total;
                    took[i] = System.nanoTime() - t;
                    asked[i] = q + " (" + total + " hits)";
                }
                cpu = CPU.getCurrentThreadCpuTime() - cpu;
                if (round == 3 && Boolean.getBoolean("probe.slowest")) {
                    Integer[] order = new Integer[perRound];
                    Arrays.setAll(order, k -> k);
                    Arrays.sort(order, (a, b) -> Long.compare(took[b], took[a]));
                    for (int k = 0; k < 15; k++) {
                        System.out.printf("slow: %.0f us %s%n", took[order[k]] / 1e3, asked[order[k]]);
                    }
                }
                if (Boolean.getBoolean("probe.kinds")) {
                    printKinds(queries.subList((round / 2) * perRound, (round / 2) * perRound + perRound), took);
                }
                Arrays.sort(took);
                assertThat(hits).as("the queries find stories").isPositive();
                System.out.printf("round %d (%s): cpu %.0f us/query; wall mean %.0f us, p50 %.0f us, p99 %.0f us,"
                        + " hits/query %d%n", round,
                        round % 2 == 0 ? "baseline " + String.join("=", baseline) : "as configured",
                        cpu / 1e3 / took.length, Arrays.stream(took).average().orElse(0) / 1e3,
                        took[took.length / 2] / 1e3, took[(int) (took.length * 0.99)] / 1e3, hits / took.length);
            }
            List<String> ids = index.store.withSearcher(searcher -> {
                List<String> found = new java.util.ArrayList<>();
                var stored = searcher.storedFields();
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc += 17) {
                    found.add(stored.document(doc).get(id.newsroom.search.indexing.ArticleFields.ID));
                }
                return found;
            });
            // "More like this" for distinct stories, as article pages ask for it (size 4), twice: cold, then cached.
            int stories = Integer.getInteger("probe.related", 2_000);
            for (int round = 0; round < 2; round++) {
                long[] took = new long[stories];
                long found = 0;
                double[] documents = documentLookups(index);
                long cpu = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < stories; i++) {
                    long t = System.nanoTime();
                    found += index.related.related(ids.get((i * 7919) % ids.size()), 4).hits().size();
                    took[i] = System.nanoTime() - t;
                }
                cpu = CPU.getCurrentThreadCpuTime() - cpu;
                Arrays.sort(took);
                assertThat(found).as("related stories are found").isPositive();
                System.out.printf("related round %d: cpu %.0f us/request; wall mean %.0f us, p50 %.0f us, p99 %.0f us,"
                        + " hits/request %.1f%n", round, cpu / 1e3 / stories,
                        Arrays.stream(took).average().orElse(0) / 1e3, took[took.length / 2] / 1e3,
                        took[(int) (took.length * 0.99)] / 1e3, found / (double) stories);
                double[] after = documentLookups(index);
                System.out.printf("  shown hits' documents: %.0f from the cache, %.0f read; related answers: %.0f"
                        + " from the cache, %.0f found%n", after[0] - documents[0], after[1] - documents[1],
                        after[2] - documents[2], after[3] - documents[3]);
            }
        }
    }

    /** Hits shown so far whose stored fields came from the cache, and those read from the index. */
    private static double[] documentLookups(TestIndex index) {
        return new double[]{lookups(index, "hit"), lookups(index, "miss"), related(index, "hit"),
                related(index, "miss")};
    }

    private static double related(TestIndex index, String result) {
        return index.registry.find("cache.gets").tag("cache", "search_related").tag("result", result).meters()
                .stream().mapToDouble(QueryCostProbe::count).sum();
    }

    private static double lookups(TestIndex index, String result) {
        return index.registry.find("news.search.document.cache.lookups").tag("result", result).meters().stream()
                .mapToDouble(QueryCostProbe::count).sum();
    }

    private static double count(io.micrometer.core.instrument.Meter meter) {
        double sum = 0;
        for (var measure : meter.measure()) {
            sum += measure.getValue();
        }
        return sum;
    }

    private static final Set<String> ACRONYMS = Set.of(
            "pemkot pemkab dprd apbd bpbd dishub dinkes disdik umkm krl pilkada kpu ppdb bansos".split(" "));

    /** -Dprobe.kinds=true: the mean time and the share of the total by number of words and acronym or not. */
    private static void printKinds(List<String> asked, long[] took) {
        Map<String, long[]> kinds = new TreeMap<>();
        for (int i = 0; i < took.length; i++) {
            String[] words = asked.get(i).split(" ");
            String kind = words.length + " words"
                    + (Arrays.stream(words).anyMatch(ACRONYMS::contains) ? " +acronym" : "");
            long[] kindTook = kinds.computeIfAbsent(kind, k -> new long[2]);
            kindTook[0]++;
            kindTook[1] += took[i];
        }
        long total = Arrays.stream(took).sum();
        kinds.forEach((kind, sum) -> System.out.printf("  kind %s: %d queries, wall mean %.0f us, share %.0f%%%n",
                kind, sum[0], sum[1] / 1e3 / sum[0], 100.0 * sum[1] / total));
    }
}
