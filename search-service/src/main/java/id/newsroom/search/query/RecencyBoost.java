package id.newsroom.search.query;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Multiplies relevance by {@code 1 + weight * halfLife / (halfLife + age)}: a story published now scores up to
 * (1 + weight) times an old one, so fresh news wins when relevance is close, without burying a clearly better match.
 */
final class RecencyBoost extends DoubleValuesSource {

    private final long now;
    private final double weight;
    private final double halfLifeMillis;

    RecencyBoost(long now, double weight, double halfLifeMillis) {
        this.now = now - now % 60_000; // per minute, so equal queries stay equal (and cacheable)
        this.weight = weight;
        this.halfLifeMillis = halfLifeMillis;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), ArticleFields.PUBLISHED_AT);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (published.advanceExact(doc)) {
                    double age = Math.max(0, now - published.longValue());
                    value = 1 + weight * halfLifeMillis / (halfLifeMillis + age);
                } else {
                    value = 1;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, ArticleFields.PUBLISHED_AT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost other && other.now == now && other.weight == weight
                && other.halfLifeMillis == halfLifeMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(now, weight, halfLifeMillis);
    }

    @Override
    public String toString() {
        return "recency(weight=" + weight + ", halfLifeMs=" + halfLifeMillis + ")";
    }
}
