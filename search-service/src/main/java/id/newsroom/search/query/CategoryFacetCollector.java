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
 * One pass for both: counts every match per category (ignoring the category filter, so the facet shows where else
 * the query has results), and passes to the ranking collector only the matches in the chosen category.
 */
final class CategoryFacetCollector implements Collector {

    private record Leaf(SortedDocValues values, int[] counts) {
    }

    private final Collector ranking;
    private final String category; // null: no category filter
    private final List<Leaf> leaves = new ArrayList<>();

    CategoryFacetCollector(Collector ranking, String category) {
        this.ranking = ranking;
        this.category = category;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues values = DocValues.getSorted(context.reader(), ArticleFields.CATEGORY_FACET);
        int[] counts = new int[values.getValueCount()];
        boolean[] allowed = null;
        if (category != null) {
            allowed = new boolean[counts.length];
            String prefix = category + ArticleFields.FACET_SEPARATOR;
            for (int ord = 0; ord < counts.length; ord++) {
                allowed[ord] = values.lookupOrd(ord).utf8ToString().startsWith(prefix);
            }
        }
        leaves.add(new Leaf(values, counts));
        LeafCollector inner = ranking.getLeafCollector(context);
        boolean[] wanted = allowed;
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                inner.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    int ord = values.ordValue();
                    counts[ord]++;
                    if (wanted == null || wanted[ord]) {
                        inner.collect(doc);
                    }
                } else if (wanted == null) {
                    inner.collect(doc);
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        // Every match must be seen to be counted.
        return ranking.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    /** "slug\u001fname" -> count, over all collected leaves. */
    Map<String, Integer> counts() throws IOException {
        Map<String, Integer> total = new HashMap<>();
        for (Leaf leaf : leaves) {
            for (int ord = 0; ord < leaf.counts().length; ord++) {
                if (leaf.counts()[ord] > 0) {
                    total.merge(leaf.values().lookupOrd(ord).utf8ToString(), leaf.counts()[ord], Integer::sum);
                }
            }
        }
        return total;
    }
}
