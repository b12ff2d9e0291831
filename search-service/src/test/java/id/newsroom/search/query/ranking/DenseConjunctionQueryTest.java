package id.newsroom.search.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.query.text.PeopleQuery;
import id.newsroom.search.query.text.TextQueries;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.TestIndex;

/**
 * Dense words searched through unpacked postings find the same stories with the same scores as Lucene's conjunction
 * of their term queries, with synonyms, phrases and rare words beside them, in covered and uncovered segments.
 */
class DenseConjunctionQueryTest {

    private static final int COVERED_SEGMENT = 500;

    @TempDir
    Path dir;

    @Test
    void findsWhatTheUsualConjunctionFindsWithTheSameScores() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(7, CorpusGenerator.Style.DENSE);
        DenseWords dense = new DenseWords(64L << 20, COVERED_SEGMENT);
        try (TestIndex index = new TestIndex(dir)) {
            for (int i = 0; i < 2_100; i++) { // two covered segments and a small one searched as usual
                index.add(i == 10 ? storyRepeating("banjir", 300) : generator.next(i));
                if (i % 1_000 == 999) {
                    index.store.current().commit();
                    index.refresh();
                }
            }
            index.refresh();
            List<String> queries = new ArrayList<>(generator.queries(80));
            queries.add("banjir kota"); // a story holding banjir 300 times: more than a byte counts
            queries.add("jalan kota"); // jalan = jl = jln: a synonym group, its frequencies summed
            int joined = 0;
            int synonyms = 0; // searches joining a synonym group
            for (String words : queries) {
                TextQueries.Parts parts = TextQueries.build(PeopleQuery.parse(words, 200, 12),
                        new SynonymDictionary(null).current().queryAnalyzer());
                List<Query> joinedUnits = index.store.withSearcher(searcher -> {
                    List<Query> required = DenseConjunctionQuery.required(searcher, parts.units(), dense);
                    TopDocs usual = top(searcher, parts.query());
                    TopDocs fast = top(searcher, parts.query(required));
                    assertThat(fast.totalHits.value).as(words).isEqualTo(usual.totalHits.value);
                    for (int i = 0; i < usual.scoreDocs.length; i++) {
                        assertThat(fast.scoreDocs[i].score).as(words + " #" + i)
                                .isCloseTo(usual.scoreDocs[i].score, within(usual.scoreDocs[i].score * 1e-6f));
                        if (i + 1 < usual.scoreDocs.length
                                && usual.scoreDocs[i].score != usual.scoreDocs[i + 1].score) {
                            assertThat(fast.scoreDocs[i].doc).as(words + " #" + i).isEqualTo(usual.scoreDocs[i].doc);
                        }
                    }
                    return required;
                });
                joined += joinedUnits.get(0) instanceof DenseConjunctionQuery ? 1 : 0;
                synonyms += joinedUnits.get(0).toString().contains("jln") ? 1 : 0;
            }
            assertThat(synonyms).as("searches joining a synonym group").isPositive();
            assertThat(joined).as("searches with dense words").isGreaterThan(queries.size() / 2);
            assertThat(dense.keptBytes()).as("unpacked words kept").isPositive();
        }
    }

    @Test
    void keepsNoMoreThanItsBudget() throws Exception {
        DenseWords dense = new DenseWords(4_000, COVERED_SEGMENT); // a word of 1,000 stories takes 1,128 bytes
        CorpusGenerator generator = new CorpusGenerator(9, CorpusGenerator.Style.DENSE);
        try (TestIndex index = new TestIndex(dir)) {
            for (int i = 0; i < 1_000; i++) {
                index.add(generator.next(i));
            }
            index.refresh();
            index.store.withSearcher(searcher -> {
                for (String word : List.of("pemerintah", "kota", "warga", "jalan", "banjir", "pasar")) {
                    Query query = new BooleanQuery.Builder().add(DenseConjunctionQuery.required(searcher,
                            List.of(new TermQuery(new Term(ArticleFields.ALL, word))), dense).get(0), Occur.MUST)
                            .build();
                    top(searcher, query);
                }
                return null;
            });
            assertThat(dense.keptBytes()).isPositive().isLessThanOrEqualTo(4_000 + 1_128);
        }
    }

    private static TopDocs top(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE, false));
    }

    private static Article storyRepeating(String word, int times) {
        return new Article("Kota " + word).body("<p>" + (word + " ").repeat(times) + "kota.</p>").published();
    }
}
