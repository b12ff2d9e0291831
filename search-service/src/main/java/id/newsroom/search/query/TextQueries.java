package id.newsroom.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Builds Lucene queries from a {@link PeopleQuery}, through the query-time analyzer (Indonesian stemming plus the
 * synonym dictionary). Each word or phrase becomes a best-of-fields query over title, summary, tags/author/section
 * and body, with the title weighing most.
 */
final class TextQueries {

    static final Map<String, Float> FIELDS = Map.of(
            ArticleFields.TITLE, 3.0f,
            ArticleFields.SUMMARY, 1.5f,
            ArticleFields.META, 1.5f,
            ArticleFields.BODY, 1.0f);

    /** The parts of a text query: what must (or should) match and what must not. */
    record Parts(List<Query> wanted, List<Query> excluded) {

        boolean isEmpty() {
            return wanted.isEmpty() && excluded.isEmpty();
        }

        /** All words required, or (relaxed) any of them, best matches first. */
        Query combine(boolean requireAll) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            for (Query query : wanted) {
                builder.add(query, requireAll ? Occur.MUST : Occur.SHOULD);
            }
            if (!requireAll && !wanted.isEmpty()) {
                builder.setMinimumNumberShouldMatch(1);
            }
            for (Query query : excluded) {
                builder.add(query, Occur.MUST_NOT);
            }
            return builder.build();
        }

        /** What snippets should highlight. */
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
        List<Query> wanted = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        for (PeopleQuery.Clause clause : query.clauses()) {
            Query q = clause(builder, clause);
            if (q != null) {
                (clause.excluded() ? excluded : wanted).add(q);
            }
        }
        return new Parts(wanted, excluded);
    }

    private static Query clause(QueryBuilder builder, PeopleQuery.Clause clause) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Query q = clause.phrase()
                    ? builder.createPhraseQuery(field.getKey(), clause.text(), 0)
                    : builder.createBooleanQuery(field.getKey(), clause.text(), Occur.MUST);
            if (q != null) {
                perField.add(new BoostQuery(q, field.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
    }
}
