package id.newsroom.search.query.related;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import id.newsroom.search.config.SearchProperties;

/**
 * Related stories per article, as ids (a hit's text is read fresh on every request, so an edited related story shows
 * its new title at once). An entry holds for one index generation and one version of the article: editing the story
 * or a full reindex recomputes it, as does a related story that is no longer published (found when resolving ids).
 * Stories published later join after {@code search.related.max-age}. Unlike the result cache it survives refreshes,
 * which in a busy newsroom come every 100 ms. Metrics {@code cache_*{cache="search_related"}}.
 */
final class RelatedCache {

    /** The related ids, best first, their scores, and how many were asked for. */
    record Entry(List<String> ids, float[] scores, int size) {}

    private record Stamped(String generation, long version, Entry entry) {}

    private final Cache<String, Stamped> entries;
    private final boolean off;

    RelatedCache(SearchProperties.Related settings, MeterRegistry registry) {
        this(settings, Ticker.systemTicker());
        CaffeineCacheMetrics.monitor(registry, entries, "search_related");
    }

    /** With a clock of the test's choosing. */
    RelatedCache(SearchProperties.Related settings, Ticker ticker) {
        this.off = settings.cacheSize() <= 0;
        this.entries = Caffeine.newBuilder()
                .maximumSize(Math.max(0, settings.cacheSize()))
                .expireAfterWrite(settings.maxAge()) // a put (a recomputed answer) starts its age afresh
                .ticker(ticker)
                .recordStats()
                .build();
    }

    /** The entry for this article version, if it answers {@code size} hits; else null. */
    Entry get(String articleId, String generation, long version, int size) {
        Stamped stamped = entries.getIfPresent(articleId);
        if (stamped == null || !stamped.generation().equals(generation) || stamped.version() != version) {
            return null;
        }
        Entry entry = stamped.entry();
        boolean mayHaveMore = entry.size() < size && entry.ids().size() == entry.size(); // a larger size is asked
        return mayHaveMore ? null : entry;
    }

    void put(String articleId, String generation, long version, Entry entry) {
        if (!off) {
            entries.put(articleId, new Stamped(generation, version, entry)); // replaces an older version's
        }
    }
}
