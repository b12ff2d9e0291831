package id.newsroom.search.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.TestIndex;

/**
 * The window of the best matches by BM25 times recency is exact although the collector scores BM25 alone and lets
 * Lucene skip (below the weakest over the largest factor still to come in a segment sorted newest first): the same
 * documents, in the same order, with the same scores as scoring every match with the factor.
 */
class RecencyWindowCollectorTest {

    private static final double HALF_LIFE = Duration.ofDays(30).toMillis();

    @TempDir
    Path dir;

    private final QueryBuilder builder = new QueryBuilder(ArticleFields.analyzer());
    private final long now = System.currentTimeMillis();

    @ParameterizedTest
    @EnumSource(CorpusGenerator.Style.class)
    void theWindowIsThatOfScoringEveryMatchWithRecency(CorpusGenerator.Style style) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(3, style);
        try (TestIndex index = threeSegments(generator)) {
            int[] skipped = new int[1];
            for (String words : generator.queries(60)) {
                Query query = builder.createBooleanQuery(ArticleFields.ALL, words, Occur.MUST);
                if (query == null) {
                    continue;
                }
                index.store.withSearcher(searcher -> {
                    TopDocs exact = searcher.search(new RecencyBoostQuery(query, now, 0.3, HALF_LIFE),
                            new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE, false));
                    RecencyWindowCollector window = new RecencyWindowCollector(
                            new RecencyBoostQuery(new MatchAllDocsQuery(), now, 0.3, HALF_LIFE), 50, 60,
                            Integer.MAX_VALUE);
                    searcher.search(query, window);
                    TopDocs fast = window.topDocs();
                    assertThat(docs(fast)).as(words).containsExactlyElementsOf(docs(exact));
                    assertThat(scores(fast)).as(words).containsExactlyElementsOf(scores(exact));
                    if (fast.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO) {
                        assertThat(fast.totalHits.value).isLessThanOrEqualTo(exact.totalHits.value);
                        skipped[0]++;
                    } else {
                        assertThat(fast.totalHits.value).isEqualTo(exact.totalHits.value);
                    }
                    return null;
                });
            }
            assertThat(skipped[0]).as("queries where matches could be skipped").isPositive();
        }
    }

    /**
     * With a bound on the ranked matches, each segment ranks its newest share of them: the window is exactly the best
     * of those by BM25 times recency, and the total is a lower bound.
     */
    @ParameterizedTest
    @EnumSource(CorpusGenerator.Style.class)
    void aBoundRanksTheNewestShareOfEachSegment(CorpusGenerator.Style style) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(5, style);
        int bound = 300; // three segments of 1,000: the newest 100 matches of each
        try (TestIndex index = threeSegments(generator)) {
            int truncated = 0;
            for (String words : generator.queries(40)) {
                Query query = builder.createBooleanQuery(ArticleFields.ALL, words, Occur.MUST);
                if (query == null) {
                    continue;
                }
                truncated += index.store.withSearcher(searcher -> {
                    RecencyWindowCollector window = new RecencyWindowCollector(
                            new RecencyBoostQuery(new MatchAllDocsQuery(), now, 0.3, HALF_LIFE), 50, 60, bound);
                    searcher.search(query, window);
                    TopDocs fast = window.topDocs();
                    Set<Integer> ranked = rankedMatches(searcher, query, window, bound);
                    TopDocs all = searcher.search(new RecencyBoostQuery(query, now, 0.3, HALF_LIFE),
                            new TopScoreDocCollectorManager(searcher.getIndexReader().maxDoc(), null,
                                    Integer.MAX_VALUE, false));
                    List<ScoreDoc> expected = Arrays.stream(all.scoreDocs)
                            .filter(hit -> ranked.contains(hit.doc)).limit(50).toList();
                    assertThat(docs(fast)).as(words).containsExactlyElementsOf(
                            expected.stream().map(hit -> hit.doc).toList());
                    assertThat(scores(fast)).as(words).containsExactlyElementsOf(
                            expected.stream().map(hit -> hit.score).toList());
                    boolean cut = !window.lastRanked().isEmpty();
                    if (cut) {
                        assertThat(fast.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
                        assertThat(fast.totalHits.value).isLessThanOrEqualTo(ranked.size()); // counted = ranked
                    }
                    return cut ? 1 : 0;
                });
            }
            assertThat(truncated).as("queries with more matches than the bound").isPositive();
        }
    }

    /**
     * The matches each segment ranked: all of them, or in a segment cut short those up to its last ranked one, which
     * must come after at least its share of the bound (matches skipped on the way count too).
     */
    private static Set<Integer> rankedMatches(IndexSearcher searcher, Query query, RecencyWindowCollector window,
            int bound) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        Set<Integer> ranked = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Integer last = window.lastRanked().get(leaf.ord);
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            int seen = 0;
            while (it != null && it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS
                    && (last == null || leaf.docBase + it.docID() <= last)) {
                ranked.add(leaf.docBase + it.docID());
                seen++;
            }
            if (last != null) {
                assertThat(seen).isGreaterThanOrEqualTo(
                        bound * leaf.reader().maxDoc() / searcher.getIndexReader().maxDoc());
            }
        }
        return ranked;
    }

    /** 3,000 stories in three segments, each sorted newest first: the bar restarts in each. */
    private TestIndex threeSegments(CorpusGenerator generator) throws Exception {
        TestIndex index = new TestIndex(dir);
        for (int i = 0; i < 3_000; i++) {
            index.add(generator.next(i));
            if (i % 1_000 == 999) {
                index.store.current().commit();
                index.refresh();
            }
        }
        index.refresh();
        return index;
    }

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
    }

    private static List<Float> scores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.score).toList();
    }
}
