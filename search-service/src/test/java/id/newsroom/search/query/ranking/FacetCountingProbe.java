package id.newsroom.search.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.query.text.PeopleQuery;
import id.newsroom.search.query.text.TextQueries;
import id.newsroom.search.support.ProbeIndex;
import id.newsroom.search.support.TestIndex;

/**
 * {@link CategoryFacetCollector} against Lucene's facet module ({@code StringValueFacetCounts} over the same doc values
 * field, fed by a {@code FacetsCollector}), on {@code QueryCostProbe}'s 100,000 stories: the counts must be equal, and
 * the CPU per query is printed, once for counting alone (a newest-first listing) and once in the relevance pass beside
 * the recency window. Not part of the build (its name is not a test's):
 * {@code ./mvnw -pl search-service test -Dtest=FacetCountingProbe -Dtest.jvm.args= -DenableAssertions=false
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dprobe.queries=2000] [-Dbench.corpus=dense]}.
 */
class FacetCountingProbe {

    private static final long HALF_LIFE = 30L * 24 * 3600 * 1000;

    @Test
    void probe() throws Exception {
        int count = Integer.getInteger("probe.queries", 2_000);
        List<String> words = new ArrayList<>();
        try (TestIndex index = ProbeIndex.open(count, words)) {
            var analyzer = new SynonymDictionary(null).current().queryAnalyzer();
            List<Query> queries = new ArrayList<>();
            for (String q : words) {
                TextQueries.Parts parts = TextQueries.build(PeopleQuery.parse(q, 200, 12), analyzer);
                if (parts.hasWanted()) {
                    queries.add(new BooleanQuery.Builder().add(parts.query(), Occur.MUST).build());
                }
            }
            index.store.withSearcher(searcher -> {
                // Built once per reader, as it would be per refresh (an ordinal map over the segments).
                long t = ProbeIndex.CPU.getCurrentThreadCpuTime();
                var state = new StringDocValuesReaderState(searcher.getIndexReader(), ArticleFields.CATEGORY_FACET);
                System.out.printf("segments %d, facet state per refresh: %.0f us%n",
                        searcher.getIndexReader().leaves().size(),
                        (ProbeIndex.CPU.getCurrentThreadCpuTime() - t) / 1e3);
                for (int round = 0; round < 3; round++) { // round 0 warms up
                    long[] cpu = new long[4];
                    long[] visited = new long[4];
                    for (Query query : queries) {
                        long at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        CategoryFacetCollector own = new CategoryFacetCollector(null, null);
                        searcher.search(query, own);
                        Map<String, Integer> ownCounts = own.counts();
                        cpu[0] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                        visited[0] += own.total(ownCounts);

                        at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        FacetsCollector matches = new FacetsCollector();
                        searcher.search(query, matches);
                        Map<String, Integer> luceneCounts = counts(new StringValueFacetCounts(state, matches));
                        cpu[1] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                        visited[1] += luceneCounts.values().stream().mapToLong(Integer::longValue).sum();
                        assertThat(luceneCounts).as(query.toString()).isEqualTo(ownCounts);

                        at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        RecencyWindowCollector window = window();
                        CategoryFacetCollector ranked = new CategoryFacetCollector(null, window);
                        searcher.search(query, ranked);
                        visited[2] += ranked.total(ranked.counts());
                        window.topDocs();
                        cpu[2] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;

                        at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        RecencyWindowCollector beside = window();
                        FacetsCollector all = new FacetsCollector();
                        searcher.search(query, MultiCollector.wrap(all, beside));
                        visited[3] += counts(new StringValueFacetCounts(state, all)).values().stream()
                                .mapToLong(Integer::longValue).sum();
                        beside.topDocs();
                        cpu[3] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                    }
                    int n = queries.size();
                    System.out.printf("round %d, %d queries, CPU per query (matches counted per query):%n"
                            + "  counting only: CategoryFacetCollector %.0f us (%d), Lucene facets %.0f us (%d)%n"
                            + "  relevance pass: CategoryFacetCollector -> window %.0f us (%d),"
                            + " MultiCollector(FacetsCollector, window) %.0f us (%d)%n",
                            round, n, cpu[0] / 1e3 / n, visited[0] / n, cpu[1] / 1e3 / n, visited[1] / n,
                            cpu[2] / 1e3 / n, visited[2] / n, cpu[3] / 1e3 / n, visited[3] / n);
                }
                return null;
            });
        }
    }

    private static RecencyWindowCollector window() {
        return new RecencyWindowCollector(
                new RecencyBoostQuery(new MatchAllDocsQuery(), System.currentTimeMillis(), 0.3, HALF_LIFE), 50, 1000,
                5000);
    }

    private static Map<String, Integer> counts(StringValueFacetCounts facets) throws java.io.IOException {
        Map<String, Integer> counts = new HashMap<>();
        FacetResult result = facets.getAllChildren(ArticleFields.CATEGORY_FACET);
        if (result != null) {
            for (LabelAndValue label : result.labelValues) {
                counts.put(label.label, label.value.intValue());
            }
        }
        return counts;
    }
}
