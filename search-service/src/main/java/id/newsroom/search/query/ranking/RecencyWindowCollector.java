package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import id.newsroom.search.indexing.ArticleFields;

/**
 * The best {@code size} matches by BM25 times the recency factor, from a BM25-only scored pass. Scoring BM25 alone
 * keeps Lucene's block-max conjunction bulk scorer (a wrapped scorer falls back to a slower doc-at-a-time loop); the
 * factor is read only for a match that could still enter the window, and once the window is full and
 * {@code exactUpTo} matches were counted, the scorer may skip matches whose BM25 times the largest factor cannot
 * beat the window's weakest. The index is sorted newest first, so within a segment the largest factor still to come
 * is that of the match just collected: the bar rises as the dates fall, and most old stories are skipped. So the
 * window is exact and the total becomes a lower bound, as with Lucene's own top-score collector.
 *
 * <p>When the scorer cannot skip (words nearly every story holds: every match scores about the same), a segment stops
 * after its share of {@code maxRanked} matches, its newest ones: the window is then the best of the newest matches,
 * as a news search may be, and the cost of a query is bounded (such a query visited all 100,000 stories, 35 ms).
 */
final class RecencyWindowCollector implements Collector {

    private final RecencyBoostQuery recency;
    private final float maxFactor;
    private final int size;
    private final int exactUpTo;
    private final int maxRanked;
    private final HitQueue window;
    private final Map<Integer, Integer> lastRanked = new HashMap<>(); // segment -> doc (global)
    private long totalHits;
    private boolean skipping;

    RecencyWindowCollector(RecencyBoostQuery recency, int size, int exactUpTo, int maxRanked) {
        this.recency = recency;
        this.maxFactor = recency.maxFactor();
        this.size = size;
        this.exactUpTo = exactUpTo;
        this.maxRanked = Math.max(maxRanked, exactUpTo);
        this.window = new HitQueue(size, false);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleFields.PUBLISHED_AT);
        // Newest first: no later match of this leaf has a larger factor than the current one, so the bar can follow
        // the dates down. Otherwise (an index from before the sort) it stays at the largest factor.
        boolean newestFirst = ArticleFields.NEWEST_FIRST.equals(context.reader().getMetaData().getSort());
        int docBase = context.docBase;
        // This segment's share of the ranked matches (only where the newest come first: elsewhere it would be an
        // arbitrary share).
        long share = (long) maxRanked * context.reader().maxDoc()
                / Math.max(1, ReaderUtil.getTopLevelContext(context).reader().maxDoc());
        long leafLimit = newestFirst ? Math.max(share, size) : Long.MAX_VALUE;
        return new LeafCollector() {
            private long leafHits;
            private Scorable scorer;
            private float bar; // the minimum score told to this leaf's scorer (scores are positive)
            private float bound = maxFactor; // the largest factor of the matches still to come

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                raiseBar();
            }

            @Override
            public void collect(int doc) throws IOException {
                rank(doc);
                if (++leafHits >= leafLimit) {
                    lastRanked.put(context.ord, docBase + doc);
                    throw new CollectionTerminatedException(); // the rest of this segment is older
                }
            }

            private void rank(int doc) throws IOException {
                totalHits++;
                float bm25 = scorer.score();
                if (window.size() < size) {
                    window.add(new ScoreDoc(docBase + doc, bm25 * factor(doc)));
                    raiseBar();
                    return;
                }
                ScoreDoc weakest = window.top();
                boolean raise = totalHits == exactUpTo;
                float factor;
                if (newestFirst) {
                    factor = factor(doc);
                    if (factor < bound * 0.999f) { // lowered in steps: each new bar costs the scorer a little
                        bound = factor;
                        raise = true;
                    }
                } else {
                    factor = bm25 * maxFactor > weakest.score ? factor(doc) : 1f;
                }
                // Equal scores keep the earlier document (as Lucene's collectors do): only a larger one enters.
                float score = bm25 * factor;
                if (score > weakest.score) {
                    weakest.doc = docBase + doc;
                    weakest.score = score;
                    window.updateTop();
                    raise = true;
                }
                if (raise) {
                    raiseBar();
                }
            }

            private float factor(int doc) throws IOException {
                return published.advanceExact(doc) ? recency.factor(published.longValue()) : 1f;
            }

            /**
             * Lets the scorer skip what cannot enter the window, once every match up to the bound was counted. Raised
             * only by a step of 1/1000 at least: each raise makes the scorer re-read its block bounds.
             */
            private void raiseBar() throws IOException {
                if (window.size() == size && totalHits >= exactUpTo) {
                    float next = Math.nextDown(window.top().score / bound);
                    if (next > bar * 1.001f) {
                        scorer.setMinCompetitiveScore(next);
                        bar = next;
                        skipping = true;
                    }
                }
            }
        };
    }

    /** Each segment cut short -> the last (oldest) match it ranked: what follows it in the segment was not ranked. */
    Map<Integer, Integer> lastRanked() {
        return lastRanked;
    }

    /** The window, best first; the total is a lower bound once matches may have been skipped or left unranked. */
    TopDocs topDocs() {
        ScoreDoc[] hits = new ScoreDoc[window.size()];
        for (int i = hits.length - 1; i >= 0; i--) {
            hits[i] = window.pop();
        }
        return new TopDocs(new TotalHits(totalHits,
                skipping || !lastRanked.isEmpty()
                        ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                        : TotalHits.Relation.EQUAL_TO),
                hits);
    }
}
