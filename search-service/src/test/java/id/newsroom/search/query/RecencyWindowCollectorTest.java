package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.TestIndex;

/**
 * The window of the best matches by BM25 times recency is exact although the collector scores BM25 alone and lets
 * Lucene skip (below the weakest over the largest factor still to come in a segment sorted newest first): the same
 * documents, in the same order, with the same scores as scoring every match with the factor.
 */
class RecencyWindowCollectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CorpusGenerator.Style.class)
    void theWindowIsThatOfScoringEveryMatchWithRecency(CorpusGenerator.Style style) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(3, style);
        QueryBuilder builder = new QueryBuilder(ArticleFields.analyzer());
        long now = System.currentTimeMillis();
        double halfLife = Duration.ofDays(30).toMillis();
        try (TestIndex index = new TestIndex(dir)) {
            for (int i = 0; i < 3_000; i++) {
                index.add(generator.next(i));
                if (i % 1_000 == 999) {
                    index.store.current().commit(); // segments, each sorted newest first: the bar restarts in each
                    index.refresh();
                }
            }
            index.refresh();
            int[] skipped = new int[1];
            for (String words : generator.queries(60)) {
                Query query = builder.createBooleanQuery(ArticleFields.ALL, words, Occur.MUST);
                if (query == null) {
                    continue;
                }
                index.store.withSearcher(searcher -> {
                    TopDocs exact = searcher.search(new RecencyBoostQuery(query, now, 0.3, halfLife),
                            new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE, false));
                    RecencyWindowCollector window = new RecencyWindowCollector(
                            new RecencyBoostQuery(new MatchAllDocsQuery(), now, 0.3, halfLife), 50, 60);
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

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
    }

    private static List<Float> scores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.score).toList();
    }
}
