package id.newsroom.feed.timeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.web.Rendered;
import org.springframework.stereotype.Component;

/**
 * Rendered first pages and feeds, the hottest reads. Any write this instance applies invalidates them at once; the
 * short TTL bounds staleness from writes applied by other instances (each consumes its own partitions).
 */
@Component
public class FirstPageCache {

    private record Entry(Rendered value, long generation, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public FirstPageCache(FeedProperties props) {
        this.ttlNanos = props.getCache().getFirstPageTtl().toNanos();
    }

    public Rendered get(String key, Supplier<Rendered> render) {
        long now = System.nanoTime();
        long gen = generation.get();
        Entry e = entries.get(key);
        if (e != null && e.generation == gen && now - e.expiresAt < 0) {
            return e.value;
        }
        Rendered fresh = render.get();
        if (entries.size() > 10_000) {
            entries.clear(); // bounded: keys come from URLs
        }
        entries.put(key, new Entry(fresh, gen, now + ttlNanos));
        return fresh;
    }

    public void invalidate() {
        generation.incrementAndGet();
    }
}
