package id.newsroom.search.query.related;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Related stories per article, as ids (a hit's text is read fresh on every request, so an edited related story shows
 * its new title at once). An entry holds for one index generation and one version of the article: editing the story
 * or a full reindex recomputes it, as does a related story that is no longer published (found when resolving ids).
 * Stories published later join after {@link #MAX_AGE}. Unlike the result cache it survives refreshes, which in a
 * busy newsroom come every 100 ms.
 */
final class RelatedCache {

    /** Articles kept (ids and scores: about 300 bytes each). A candidate for a setting, search.related.cache-size. */
    static final int CAPACITY = 20_000;
    /** How long newer stories may wait to appear as related. A candidate for a setting, search.related.max-age. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** The related ids, best first, their scores, how many were asked for, and when they were found. */
    record Entry(List<String> ids, float[] scores, int size, long foundAtNanos) {}

    private record Stamped(String generation, long version, Entry entry) {}

    private final int capacity;
    private final long maxAgeNanos;
    private final LinkedHashMap<String, Stamped> entries;

    RelatedCache(int capacity, Duration maxAge) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAge.toNanos();
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stamped> eldest) {
                return size() > RelatedCache.this.capacity;
            }
        };
    }

    /** The entry for this article version, if it answers {@code size} hits and is young enough; else null. */
    synchronized Entry get(String articleId, String generation, long version, int size) {
        Stamped stamped = entries.get(articleId);
        if (stamped == null || !stamped.generation().equals(generation) || stamped.version() != version) {
            return null;
        }
        Entry entry = stamped.entry();
        boolean old = System.nanoTime() - entry.foundAtNanos() > maxAgeNanos;
        boolean mayHaveMore = entry.size() < size && entry.ids().size() == entry.size(); // a larger size is asked
        return old || mayHaveMore ? null : entry;
    }

    synchronized void put(String articleId, String generation, long version, Entry entry) {
        if (capacity > 0) {
            entries.put(articleId, new Stamped(generation, version, entry)); // replaces an older version's
        }
    }
}
