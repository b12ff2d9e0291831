package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Every one of several dense words ({@link DenseWords}), scored as Lucene scores the conjunction of their term queries
 * (the same BM25 scorers and statistics, so the same scores), but from unpacked postings: the matches are an AND of
 * bit sets and each is scored from byte arrays and one norm. A search of two or three words a third of the stories
 * hold has thousands of matches to score, and Lucene's conjunction spent most of its time leap-frogging and decoding
 * postings. The other words of a search (synonyms, phrases, rare words) advance to its matches; segments not covered
 * are searched with the usual conjunction.
 */
final class DenseConjunctionQuery extends Query {

    /**
     * A required unit: a word, or a word with its one-word synonyms (whose frequencies add up, as in SynonymQuery),
     * with their statistics, looked up once per search for the choice, the scoring and the usual conjunction.
     */
    private record Unit(Query query, List<Term> words, List<TermStates> states) {}

    private final List<Unit> units;
    private final DenseWords dense;

    private DenseConjunctionQuery(List<Unit> units, DenseWords dense) {
        this.units = units;
        this.dense = dense;
    }

    /**
     * The required units with those that are single words dense in the index joined into one such query (the others
     * then advance to its matches); the units themselves when none is dense.
     */
    static List<Query> required(IndexSearcher searcher, List<Query> units, DenseWords dense) throws IOException {
        if (searcher.getIndexReader().leaves().stream().noneMatch(leaf -> dense.covers(leaf.reader()))) {
            return units;
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        List<Unit> joined = new ArrayList<>();
        List<Query> required = new ArrayList<>();
        for (Query unit : units) {
            List<Term> words = wordsOf(unit);
            List<TermStates> states = new ArrayList<>(words.size());
            int docFreq = 0;
            for (Term word : words) {
                states.add(TermStates.build(searcher, word, true));
                docFreq = Math.max(docFreq, states.get(states.size() - 1).docFreq());
            }
            if (!words.isEmpty() && docFreq >= maxDoc / DenseWords.DENSITY) {
                // A single word keeps its statistics for the usual conjunction (small segments) too.
                joined.add(new Unit(words.size() == 1 ? new TermQuery(words.get(0), states.get(0)) : unit, words,
                        states));
            } else {
                required.add(unit);
            }
        }
        if (joined.isEmpty()) {
            return units;
        }
        required.add(0, new DenseConjunctionQuery(joined, dense));
        return required;
    }

    /** The words of a single word or of a group of one-word synonyms, in the catch-all field; else none. */
    private static List<Term> wordsOf(Query unit) {
        if (unit instanceof TermQuery word && word.getTerm().field().equals(ArticleFields.ALL)) {
            return List.of(word.getTerm());
        }
        if (unit instanceof SynonymQuery synonyms && synonyms.getField().equals(ArticleFields.ALL)) {
            SynonymQuery.Builder unboosted = new SynonymQuery.Builder(ArticleFields.ALL);
            synonyms.getTerms().forEach(unboosted::addTerm);
            return unboosted.build().equals(synonyms) ? synonyms.getTerms() : List.of(); // boosted: not summed so
        }
        return List.of();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight usualWeight = searcher.createWeight(searcher.rewrite(usual()), scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return usualWeight;
        }
        String field = ArticleFields.ALL;
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[units.size()];
        for (int i = 0; i < scorers.length; i++) {
            Unit unit = units.get(i);
            long docFreq = 0; // a synonym group is one pseudo-word, as SynonymQuery scores it
            long totalTermFreq = 0;
            for (int j = 0; j < unit.words().size(); j++) {
                Term word = unit.words().get(j);
                TermStates states = unit.states().get(j).wasBuiltFor(searcher.getTopReaderContext())
                        ? unit.states().get(j)
                        : TermStates.build(searcher, word, true);
                if (states.docFreq() > 0) {
                    TermStatistics statistics = searcher.termStatistics(word, states.docFreq(),
                            states.totalTermFreq());
                    docFreq = Math.max(docFreq, statistics.docFreq());
                    totalTermFreq += statistics.totalTermFreq();
                }
            }
            if (docFreq == 0) {
                return usualWeight; // matches nothing
            }
            TermStatistics statistics = unit.words().size() == 1
                    ? new TermStatistics(unit.words().get(0).bytes(), docFreq, totalTermFreq)
                    : new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq);
            scorers[i] = searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(field), statistics);
        }
        return new DenseWeight(field, scorers, usualWeight);
    }

    /** The units' usual conjunction: for explanations, and for segments not covered. */
    private Query usual() {
        BooleanQuery.Builder usual = new BooleanQuery.Builder();
        units.forEach(unit -> usual.add(unit.query(), Occur.MUST));
        return usual.build();
    }

    private final class DenseWeight extends Weight {

        private final String field;
        private final Similarity.SimScorer[] scorers;
        private final Weight usualWeight;

        DenseWeight(String field, Similarity.SimScorer[] scorers, Weight usualWeight) {
            super(DenseConjunctionQuery.this);
            this.field = field;
            this.scorers = scorers;
            this.usualWeight = usualWeight;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            if (!dense.covers(context.reader())) {
                return usualWeight.scorer(context);
            }
            DenseWords.Postings[][] postings = new DenseWords.Postings[units.size()][];
            FixedBitSet all = null;
            for (int i = 0; i < postings.length; i++) {
                List<Term> unit = units.get(i).words();
                List<DenseWords.Postings> held = new ArrayList<>(unit.size());
                FixedBitSet stories = null;
                for (Term synonym : unit) {
                    DenseWords.Postings word = dense.in(context.reader(), synonym);
                    if (word == DenseWords.TOO_FREQUENT) {
                        return usualWeight.scorer(context);
                    }
                    if (word != null) {
                        held.add(word);
                        stories = stories == null ? word.stories() : or(stories, word.stories());
                    }
                }
                postings[i] = held.toArray(DenseWords.Postings[]::new);
                if (stories == null) {
                    return null; // a required word no story of this segment holds
                }
                if (all == null) {
                    all = postings.length == 1 ? stories : stories.clone(); // read only, as kept: no copy
                } else {
                    all.and(stories);
                }
            }
            return new DenseWordsScorer(this, new BitSetIterator(all, all.cardinality()), scorers, postings,
                    context.reader().getNormValues(field));
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            return dense.covers(context.reader())
                    ? super.scorerSupplier(context)
                    : usualWeight.scorerSupplier(context);
        }

        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            return dense.covers(context.reader()) ? super.bulkScorer(context) : usualWeight.bulkScorer(context);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return usualWeight.explain(context, doc); // the same scores, itemised
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false;
        }
    }

    /** A union of a synonym group's stories (a new set: the kept ones are shared). */
    private static FixedBitSet or(FixedBitSet union, FixedBitSet stories) {
        FixedBitSet copy = union.clone();
        copy.or(stories);
        return copy;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        usual().visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "dense" + usual().toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && words().equals(((DenseConjunctionQuery) other).words());
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + words().hashCode();
    }

    private List<List<Term>> words() {
        return units.stream().map(Unit::words).toList();
    }
}
