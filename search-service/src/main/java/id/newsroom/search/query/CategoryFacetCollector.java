package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import id.newsroom.search.indexing.ArticleFields;

/**
 * The counting pass: every match of the query without its category filter, counted per category (so the facet shows
 * where else the query has results) and, for the total, those in the chosen category. No scores are computed.
 */
final class CategoryFacetCollector implements Collector {

    private record Leaf(SortedDocValues values, int[] counts) {
    }

    private final String category; // null: no category filter
    private final List<Leaf> leaves = new ArrayList<>();
    private long total;

    CategoryFacetCollector(String category) {
        this.category = category;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues values = DocValues.getSorted(context.reader(), ArticleFields.CATEGORY_FACET);
        int[] counts = new int[values.getValueCount()];
        leaves.add(new Leaf(values, counts));
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts only
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    counts[values.ordValue()]++;
                } else if (category == null) {
                    total++;
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** "slug\u001fname" -> count, over all collected leaves. */
    Map<String, Integer> counts() throws IOException {
        Map<String, Integer> merged = new HashMap<>();
        for (Leaf leaf : leaves) {
            for (int ord = 0; ord < leaf.counts().length; ord++) {
                if (leaf.counts()[ord] > 0) {
                    merged.merge(leaf.values().lookupOrd(ord).utf8ToString(), leaf.counts()[ord], Integer::sum);
                }
            }
        }
        return merged;
    }

    /** Matches in the chosen category (all matches without one). */
    long total(Map<String, Integer> counts) {
        long sum = total;
        String prefix = category == null ? null : category + ArticleFields.FACET_SEPARATOR;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (prefix == null || entry.getKey().startsWith(prefix)) {
                sum += entry.getValue();
            }
        }
        return sum;
    }
}
