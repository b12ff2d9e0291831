package id.newsroom.search.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.query.text.PeopleQuery;
import id.newsroom.search.query.text.TextQueries;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.TestIndex;

/** The cheaper rescore gives exactly what Lucene's {@code QueryRescorer} gives: same hits, order and scores. */
class BonusRescorerTest {

    @TempDir
    Path dir;

    @Test
    void rescoresAsQueryRescorerDoes() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(5, CorpusGenerator.Style.NEWS);
        var analyzer = new SynonymDictionary(null).current().queryAnalyzer();
        try (TestIndex index = new TestIndex(dir)) {
            for (int i = 0; i < 3_000; i++) {
                index.add(generator.next(i));
                if (i % 700 == 0) {
                    index.store.current().commit(); // several segments
                    index.refresh();
                }
            }
            index.refresh();
            int rescored = 0;
            for (String words : generator.queries(40)) {
                TextQueries.Parts parts = TextQueries.build(PeopleQuery.parse(words, 200, 12), analyzer);
                if (parts.boost() == null) {
                    continue;
                }
                rescored++;
                index.store.withSearcher(searcher -> {
                    TopDocs first = searcher.search(parts.query(),
                            new TopScoreDocCollectorManager(80, null, Integer.MAX_VALUE, false));
                    // QueryRescorer changes the scores of the hits it is given: it gets copies.
                    TopDocs head = new TopDocs(first.totalHits, Arrays.stream(first.scoreDocs).limit(50)
                            .map(hit -> new ScoreDoc(hit.doc, hit.score)).toArray(ScoreDoc[]::new));
                    TopDocs lucene = QueryRescorer.rescore(searcher, head, parts.boost(), 1, head.scoreDocs.length);
                    TopDocs ours = BonusRescorer.rescore(searcher, first, parts.boost(), 50);
                    assertThat(docs(ours).subList(0, head.scoreDocs.length)).as(words)
                            .containsExactlyElementsOf(docs(lucene));
                    assertThat(scores(ours).subList(0, head.scoreDocs.length)).as(words)
                            .containsExactlyElementsOf(scores(lucene));
                    assertThat(docs(ours).subList(head.scoreDocs.length, ours.scoreDocs.length)).as(words)
                            .containsExactlyElementsOf(
                                    docs(first).subList(head.scoreDocs.length, first.scoreDocs.length));
                    return null;
                });
            }
            assertThat(rescored).isPositive();
        }
    }

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
    }

    private static List<Float> scores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.score).toList();
    }
}
