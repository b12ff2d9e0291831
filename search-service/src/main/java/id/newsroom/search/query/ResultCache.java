package id.newsroom.search.query;

import java.io.IOException;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import id.newsroom.search.indexing.IndexGeneration;
import id.newsroom.search.indexing.RefreshLog;

/**
 * Answers to repeated searches, kept across refreshes by <b>revalidation</b>. News searches repeat a lot ("banjir",
 * "ppdb", "pilkada"), and in a busy newsroom a refresh (a new event became visible) comes every ~100 ms: until
 * 2026-12 every refresh emptied this cache, so under 20 writes/s nearly every search was computed afresh.
 *
 * <p>The rule. An answer is stamped with the version of the reader it was found on. Read on a newer reader of the
 * same generation, it is served again (and re-stamped) iff, for the articles changed in between
 * ({@link RefreshLog#changedBetween}: ids added, updated, unpublished or deleted, per refresh):
 * <ol>
 * <li>none is among the answer's shown hits (a taken-down or edited hit is never served from here), and
 * <li>none matches the answer's {@link Validity#reach() reach} - the query and filters of every story its hits,
 * totals and facet counts were taken from - neither now (a new or edited story that belongs in it) nor in the
 * searcher the answer was found on ({@link RefreshLog#withSearcherAt}: an edited story that no longer belongs in its
 * counts, or that left the re-ranked window). Both are asked of the changed stories' documents alone
 * ({@link ChangedStories}).
 * </ol>
 * So a kept answer is the one a fresh search would give, except for scores: BM25's statistics and the recency factor
 * move a little with every story added, and the kept answer shows the scores and order of its stamp (the relative
 * order of stories that did not change moves only when those statistics move enough). An answer is recomputed when
 * the changes are no longer known (older than the log: 256 refreshes, and its searcher 60 s after it was replaced),
 * when more than {@value #MAX_CHANGED} stories changed since (one search is then cheaper than the check), and on any
 * change at all when its reach is null (an answer whose unknown words were corrected: the vocabulary of the whole
 * index decides). Why this and not a bound on age: with the searcher of the stamp kept, nothing is served that a fresh
 * search would not show, and the cost is two counts over a handful of stories. A generation swap (full reindex) or a
 * dictionary reload still empties the cache. {@code search.query.cache-revalidation=false} restores the former rule
 * (every refresh recomputes).
 *
 * <p>Bounded by {@code search.query.cache-size} (0: off); metrics {@code cache_*{cache="search_results"}} (a hit is an
 * answer served, fresh or kept) and {@code news_search_cache_revalidations_total{cache,outcome="kept|recomputed"}}.
 */
final class ResultCache<K, V> {

    /** Beyond this many changed stories since its stamp, an answer is recomputed rather than checked. */
    static final int MAX_CHANGED = 1024;

    /**
     * What an answer depends on besides its generation and dictionary.
     *
     * @param shown the ids of the stories it shows
     * @param reach every story its hits, totals and facets were taken from, as a query; null: any change recomputes
     */
    record Validity(Set<String> shown, Query reach) {}

    /** The generation and dictionary answers are valid for; {@code number} tells the answers of each apart. */
    private record Epoch(Object generation, Object dictionary, long number) {}

    /** An answer stamped with its epoch and with the version of the last reader it was valid on. */
    private static final class Answer<V> {
        final long epoch;
        final V response;
        final Validity validity;
        volatile long version;

        Answer(long epoch, V response, Validity validity, long version) {
            this.epoch = epoch;
            this.response = response;
            this.validity = validity;
            this.version = version;
        }

        synchronized void advance(long to) {
            version = Math.max(version, to);
        }
    }

    /**
     * Caffeine's statistics, but a hit is an answer served: a kept answer that revalidation recomputes is a miss.
     * The cache's own lookups still record each access (its frequency-aware eviction needs them).
     */
    private static final class ServedStats implements StatsCounter {
        final ConcurrentStatsCounter counts = new ConcurrentStatsCounter();

        @Override
        public void recordHits(int count) {}

        @Override
        public void recordMisses(int count) {}

        @Override
        public void recordLoadSuccess(long loadTime) {
            counts.recordLoadSuccess(loadTime);
        }

        @Override
        public void recordLoadFailure(long loadTime) {
            counts.recordLoadFailure(loadTime);
        }

        @Override
        public void recordEviction(int weight, RemovalCause cause) {
            counts.recordEviction(weight, cause);
        }

        @Override
        public CacheStats snapshot() {
            return counts.snapshot();
        }
    }

    private final Cache<K, Answer<V>> answers;
    private final ServedStats stats = new ServedStats();
    private final boolean off;
    private final boolean revalidate;
    private final Counter kept;
    private final Counter recomputed;
    private final ChangedStories changedStories = new ChangedStories();
    private volatile Epoch epoch = new Epoch(null, null, 0);

    ResultCache(String name, int capacity, boolean revalidate, MeterRegistry registry) {
        this.off = capacity <= 0;
        this.revalidate = revalidate;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).recordStats(() -> stats).build();
        CaffeineCacheMetrics.monitor(registry, answers, name);
        this.kept = revalidations(registry, name, "kept");
        this.recomputed = revalidations(registry, name, "recomputed");
    }

    private static Counter revalidations(MeterRegistry registry, String cache, String outcome) {
        return Counter.builder("news.search.cache.revalidations")
                .description("Cached answers checked against the stories changed since they were found: kept"
                        + " (served again) or recomputed")
                .tags("cache", cache, "outcome", outcome).register(registry);
    }

    /** The answer for {@code request} as {@code searcher} would give it, if kept; else null. */
    V get(IndexGeneration generation, Object dictionary, IndexSearcher searcher, K request) throws IOException {
        long current = epochOf(generation, dictionary);
        Answer<V> answer = answers.getIfPresent(request);
        if (answer == null || answer.epoch != current) {
            stats.counts.recordMisses(1);
            return null;
        }
        long version = RefreshLog.version(searcher);
        long stamp = answer.version;
        if (stamp < version) {
            if (!revalidate || !stillValid(generation, searcher, answer.validity, stamp, version)) {
                recomputed.increment();
                stats.counts.recordMisses(1);
                return null;
            }
            answer.advance(version);
            kept.increment();
        }
        stats.counts.recordHits(1);
        return answer.response;
    }

    void put(IndexGeneration generation, Object dictionary, IndexSearcher searcher, K request, V response,
            Validity validity) {
        Epoch current = epoch;
        if (!off && current.generation() == generation && current.dictionary() == dictionary) {
            answers.put(request, new Answer<>(current.number(), response, validity, RefreshLog.version(searcher)));
        }
    }

    private boolean stillValid(IndexGeneration generation, IndexSearcher searcher, Validity validity, long stamp,
            long version) throws IOException {
        RefreshLog log = generation.refreshes();
        Set<String> changed = log.changedBetween(stamp, version);
        if (changed == null) {
            return false;
        }
        if (changed.isEmpty()) {
            return true; // a merge: the same stories
        }
        if (validity.reach() == null || changed.size() > MAX_CHANGED) {
            return false;
        }
        for (String id : validity.shown()) {
            if (changed.contains(id)) {
                return false;
            }
        }
        if (changedStories.anyMatches(searcher, changed, validity.reach())) {
            return false;
        }
        Boolean before = log.withSearcherAt(stamp, found -> changedStories.anyMatches(found, changed,
                validity.reach()));
        return before != null && !before;
    }

    private long epochOf(Object generation, Object dictionary) {
        Epoch current = epoch;
        if (current.generation() == generation && current.dictionary() == dictionary) {
            return current.number();
        }
        synchronized (this) {
            if (epoch.generation() != generation || epoch.dictionary() != dictionary) {
                epoch = new Epoch(generation, dictionary, epoch.number() + 1);
                answers.invalidateAll(); // the memory back at once; stale answers could not be served anyway
            }
            return epoch.number();
        }
    }
}
