package id.newsroom.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;

/**
 * Answers to repeated searches, valid for exactly one index reader and one synonym dictionary: any refresh (a new
 * event became visible), generation swap or dictionary reload starts a new epoch and empties the cache, so it never
 * serves anything older than what the index itself would. News searches repeat a lot ("banjir", "ppdb", "pilkada").
 * Bounded by {@code search.query.cache-size} (0: off); metrics {@code cache_*{cache="search_results"}}.
 */
final class ResultCache {

    /** The reader and dictionary answers are valid for; {@code number} tells the answers of each apart. */
    private record Epoch(Object reader, Object dictionary, long number) {}

    /** An answer stamped with its epoch: one put after a change of epoch can never be served. */
    private record Answer(long epoch, SearchResponse response) {}

    private final Cache<SearchRequest, Answer> answers;
    private final boolean off;
    private volatile Epoch epoch = new Epoch(null, null, 0);

    ResultCache(int capacity, MeterRegistry registry) {
        this.off = capacity <= 0;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, answers, "search_results");
    }

    SearchResponse get(Object reader, Object dictionary, SearchRequest request) {
        long current = epochOf(reader, dictionary);
        Answer answer = answers.getIfPresent(request);
        return answer != null && answer.epoch() == current ? answer.response() : null;
    }

    void put(Object reader, Object dictionary, SearchRequest request, SearchResponse response) {
        Epoch current = epoch;
        if (!off && current.reader() == reader && current.dictionary() == dictionary) {
            answers.put(request, new Answer(current.number(), response));
        }
    }

    private long epochOf(Object reader, Object dictionary) {
        Epoch current = epoch;
        if (current.reader() == reader && current.dictionary() == dictionary) {
            return current.number();
        }
        synchronized (this) {
            if (epoch.reader() != reader || epoch.dictionary() != dictionary) {
                epoch = new Epoch(reader, dictionary, epoch.number() + 1);
                answers.invalidateAll(); // the memory back at once; stale answers could not be served anyway
            }
            return epoch.number();
        }
    }
}
