package id.newsroom.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Builds Lucene queries from a {@link PeopleQuery}, through the query-time analyzer (Indonesian stemming plus the
 * synonym dictionary). The plain words are analysed together, so multi-word synonyms ("usaha mikro kecil menengah"
 * = UMKM) are recognised, and must all match the catch-all field (a word may be in the title, another in the body);
 * matches in the title add to the score.
 */
final class TextQueries {

    /** Only the title: each extra boost field costs about a third more per match, for little gain in ranking. */
    private static final Map<String, Float> BOOSTED_FIELDS = Map.of(ArticleFields.TITLE, 3.0f);

    /** The parts of a text query. */
    record Parts(List<Query> wanted, List<Query> boosts, List<Query> excluded) {

        boolean hasWanted() {
            return !wanted.isEmpty();
        }

        boolean isEmpty() {
            return wanted.isEmpty() && excluded.isEmpty();
        }

        /** Every word and phrase required, every exclusion forbidden; scored on the catch-all field only. */
        Query query() {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            for (Query query : wanted) {
                builder.add(query, Occur.MUST);
            }
            for (Query query : excluded) {
                builder.add(query, Occur.MUST_NOT);
            }
            return builder.build();
        }

        /** What a match in the boosted fields (the title) adds to its score; null when there is nothing to add. */
        Query boost() {
            if (boosts.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            boosts.forEach(boost -> builder.add(boost, Occur.SHOULD));
            return builder.build();
        }

        /** What snippets highlight (the catch-all terms, matched in any field). */
        Query highlight() {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            wanted.forEach(query -> builder.add(query, Occur.SHOULD));
            return builder.build();
        }
    }

    private TextQueries() {
    }

    static Parts build(PeopleQuery query, Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        builder.setEnableGraphQueries(true);
        StringBuilder plain = new StringBuilder();
        List<String> phrases = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        for (PeopleQuery.Clause clause : query.clauses()) {
            if (clause.excluded()) {
                add(excluded, clause.phrase()
                        ? builder.createPhraseQuery(ArticleFields.ALL, clause.text(), 0)
                        : builder.createBooleanQuery(ArticleFields.ALL, clause.text(), Occur.MUST));
            } else if (clause.phrase()) {
                phrases.add(clause.text());
            } else {
                plain.append(clause.text()).append(' ');
            }
        }
        List<Query> wanted = new ArrayList<>();
        List<Query> boosts = new ArrayList<>();
        String words = plain.toString().strip();
        if (!words.isEmpty()) {
            add(wanted, builder.createBooleanQuery(ArticleFields.ALL, words, Occur.MUST));
            BOOSTED_FIELDS.forEach((field, boost) ->
                    add(boosts, boosted(builder.createBooleanQuery(field, words, Occur.SHOULD), boost)));
        }
        for (String phrase : phrases) {
            Query q = builder.createPhraseQuery(ArticleFields.ALL, phrase, 0);
            add(wanted, q);
            BOOSTED_FIELDS.forEach((field, boost) ->
                    add(boosts, boosted(builder.createPhraseQuery(field, phrase, 0), boost)));
        }
        return new Parts(wanted, boosts, excluded);
    }

    private static Query boosted(Query query, float boost) {
        return query == null ? null : new BoostQuery(query, boost);
    }

    private static void add(List<Query> list, Query query) {
        if (query != null) {
            list.add(query);
        }
    }
}
