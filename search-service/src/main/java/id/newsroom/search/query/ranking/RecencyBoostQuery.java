package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Multiplies relevance by {@code 1 + weight * halfLife / (halfLife + age)}: a story published now scores up to
 * (1 + weight) times an old one, so fresh news wins when relevance is close, without burying a clearly better match.
 * Unlike a generic function score, the factor has a known maximum, so Lucene can still skip documents that cannot
 * reach the top hits (block-max WAND).
 */
public final class RecencyBoostQuery extends Query {

    private final Query inner;
    private final long now;
    private final double weight;
    private final double halfLifeMillis;

    public RecencyBoostQuery(Query inner, long now, double weight, double halfLifeMillis) {
        this.inner = inner;
        this.now = now - now % 60_000; // per minute, so equal queries stay equal
        this.weight = weight;
        this.halfLifeMillis = halfLifeMillis;
    }

    /** The largest factor (of a story published now). */
    float maxFactor() {
        return (float) (1 + weight);
    }

    float factor(long publishedAt) {
        double age = Math.max(0, now - publishedAt);
        return (float) (1 + weight * halfLifeMillis / (halfLifeMillis + age));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight innerWeight = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return innerWeight;
        }
        float maxFactor = maxFactor();
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = innerWeight.scorer(context);
                if (scorer == null) {
                    return null;
                }
                NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleFields.PUBLISHED_AT);
                return new Scorer(this) {
                    @Override
                    public DocIdSetIterator iterator() {
                        return scorer.iterator();
                    }

                    @Override
                    public TwoPhaseIterator twoPhaseIterator() {
                        return scorer.twoPhaseIterator();
                    }

                    @Override
                    public int docID() {
                        return scorer.docID();
                    }

                    @Override
                    public float score() throws IOException {
                        int doc = scorer.docID();
                        float factor = published.advanceExact(doc) ? factor(published.longValue()) : 1f;
                        return scorer.score() * factor;
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return scorer.advanceShallow(target);
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return scorer.getMaxScore(upTo) * maxFactor;
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                        scorer.setMinCompetitiveScore(Math.nextDown(minScore / maxFactor));
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation relevance = innerWeight.explain(context, doc);
                NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleFields.PUBLISHED_AT);
                float factor = published.advanceExact(doc) ? factor(published.longValue()) : 1f;
                return relevance.isMatch()
                        ? Explanation.match(relevance.getValue().floatValue() * factor, "recency x" + factor, relevance)
                        : relevance;
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner
                ? super.rewrite(searcher)
                : new RecencyBoostQuery(rewritten, now, weight, halfLifeMillis);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "recency(" + inner.toString(field) + ", weight=" + weight + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((RecencyBoostQuery) other).inner)
                && now == ((RecencyBoostQuery) other).now && weight == ((RecencyBoostQuery) other).weight
                && halfLifeMillis == ((RecencyBoostQuery) other).halfLifeMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, now, weight, halfLifeMillis);
    }
}
