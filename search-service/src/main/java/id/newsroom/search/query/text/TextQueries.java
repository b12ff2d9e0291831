package id.newsroom.search.query.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Builds Lucene queries from a {@link PeopleQuery}, through the query-time analyzer (Indonesian stemming plus the
 * synonym dictionary). The plain words are analysed together, so multi-word synonyms ("usaha mikro kecil menengah"
 * = UMKM) are recognised as one unit. Each unit (a word with its synonyms, a multi-word synonym, a quoted phrase) is
 * looked for in the catch-all field: a full match has every unit, a partial match most of them.
 */
public final class TextQueries {

    /**
     * Added to the best matches only (rescore): title x3, tags/section/author x2. Each extra boost field scored on
     * every match cost about a third more per match, for little gain in ranking.
     */
    private static final Map<String, Float> BOOSTED_FIELDS = Map.of(ArticleFields.TITLE, 3.0f, ArticleFields.META,
            2.0f);

    /** Words within this many positions of each other earn a proximity bonus, the closer the larger. */
    static final int PROXIMITY_SLOP = 10;
    /** Longer queries get no proximity bonus: their synonym graph can have thousands of paths. */
    static final int PROXIMITY_MAX_UNITS = 6;

    /** The parts of a text query; {@code units} are the wanted words, synonym groups and phrases. */
    public record Parts(List<Query> units, List<Query> boosts, List<Query> excluded) {

        public boolean hasWanted() {
            return !units.isEmpty();
        }

        public boolean isEmpty() {
            return units.isEmpty() && excluded.isEmpty();
        }

        /** Every unit required, every exclusion forbidden; scored on the catch-all field only. */
        public Query query() {
            return query(units);
        }

        /** As {@link #query()}, with the units required as {@code required} (the same matches, scored alike). */
        public Query query(List<Query> required) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            required.forEach(unit -> builder.add(unit, Occur.MUST));
            excluded.forEach(query -> builder.add(query, Occur.MUST_NOT));
            return builder.build();
        }

        /** Units that must be present for a partial match: most of them, never all (that is a full match). */
        public int partialMinimum() {
            int n = units.size();
            return n < 2 ? 0 : n - Math.max(1, n / 3);
        }

        /** At least {@link #partialMinimum()} units, but not every one: the matches ranked after the full ones. */
        public Query partialQuery() {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(partialMinimum());
            units.forEach(unit -> builder.add(unit, Occur.SHOULD));
            excluded.forEach(query -> builder.add(query, Occur.MUST_NOT));
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            units.forEach(unit -> every.add(unit, Occur.FILTER));
            builder.add(every.build(), Occur.MUST_NOT);
            return builder.build();
        }

        /** Full and partial matches together: at least {@link #partialMinimum()} units, no exclusion. */
        public Query fullOrPartialQuery() {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(partialMinimum());
            units.forEach(unit -> builder.add(unit, Occur.SHOULD));
            excluded.forEach(query -> builder.add(query, Occur.MUST_NOT));
            return builder.build();
        }

        /** What matches in the title, tags and section, and words close together add; null when nothing can. */
        public Query boost() {
            if (boosts.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            boosts.forEach(boost -> builder.add(boost, Occur.SHOULD));
            return builder.build();
        }

        /** What snippets highlight (the catch-all terms, matched in any field). */
        public Query highlight() {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            units.forEach(query -> builder.add(query, Occur.SHOULD));
            return builder.build();
        }
    }

    private TextQueries() {}

    public static Parts build(PeopleQuery query, Analyzer analyzer) {
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
        List<Query> units = new ArrayList<>();
        List<Query> boosts = new ArrayList<>();
        String words = plain.toString().strip();
        if (!words.isEmpty()) {
            try (Replay replay = new Replay(analyzer, words)) {
                units.addAll(units(replay.query(ArticleFields.ALL, Occur.MUST, 0)));
                BOOSTED_FIELDS.forEach(
                        (field, boost) -> add(boosts, boosted(replay.query(field, Occur.SHOULD, 0), boost)));
                if (units.size() > 1 && units.size() <= PROXIMITY_MAX_UNITS) {
                    add(boosts, proximity(replay));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String phrase : phrases) {
            add(units, builder.createPhraseQuery(ArticleFields.ALL, phrase, 0));
            BOOSTED_FIELDS.forEach(
                    (field, boost) -> add(boosts, boosted(builder.createPhraseQuery(field, phrase, 0), boost)));
        }
        return new Parts(units, boosts, excluded);
    }

    /**
     * The words as a sloppy phrase: a bonus only, so left out when the synonym graph has too many paths to spell out
     * (every path becomes a clause of a span query).
     */
    private static Query proximity(Replay words) {
        try {
            return words.query(ArticleFields.ALL, Occur.MUST, PROXIMITY_SLOP);
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    /**
     * The plain words analysed once and replayed for each field's query (the query analyzer ignores the field name):
     * analysing them four times, synonym graph and all, cost a tenth of a search. Slop &gt; 0 means a sloppy phrase.
     */
    private static final class Replay extends QueryBuilder implements AutoCloseable {

        private final CachingTokenFilter tokens;

        Replay(Analyzer analyzer, String words) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            setEnableGraphQueries(true);
            tokens = new CachingTokenFilter(analyzer.tokenStream(ArticleFields.ALL, words));
        }

        public Query query(String field, Occur occur, int slop) {
            return createFieldQuery(tokens, occur, field, slop > 0, slop);
        }

        @Override
        public void close() throws IOException {
            tokens.close();
        }
    }

    /** The required clauses of an analysed conjunction: one per word (with its synonyms) or multi-word synonym. */
    private static List<Query> units(Query conjunction) {
        if (conjunction == null) {
            return List.of();
        }
        if (conjunction instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.MUST)) {
            return bool.clauses().stream().map(BooleanClause::getQuery).toList();
        }
        return List.of(conjunction);
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
