package id.newsroom.feed.timeline;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.web.Rendered;
import org.springframework.stereotype.Component;

/**
 * Rendered first pages and feeds, the hottest reads. Any write this instance applies invalidates them at once; the
 * short TTL bounds staleness from writes applied by other instances (each consumes its own partitions). One caller
 * renders a missing page while the others wait for that rendering (no stampede on MongoDB); when only the TTL has
 * run out, the others keep serving the previous rendering until the new one is ready.
 */
@Component
public class FirstPageCache {

    private record Entry(Rendered value, long generation, long expiresAt, AtomicBoolean refreshing) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Rendered>> inflight = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public FirstPageCache(FeedProperties props) {
        this.ttlNanos = props.cache().firstPageTtl().toNanos();
    }

    public Rendered get(String key, Supplier<Rendered> render) {
        long gen = generation.get();
        Entry e = entries.get(key);
        if (e != null && e.generation() == gen) {
            if (System.nanoTime() - e.expiresAt() < 0) {
                return e.value();
            }
            if (e.refreshing().compareAndSet(false, true)) {
                try {
                    return store(key, gen, render.get());
                } finally {
                    e.refreshing().set(false);
                }
            }
            return e.value(); // another caller is refreshing it right now
        }
        String flight = key + "#" + gen;
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = inflight.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException ex) {
                throw ex.getCause() instanceof RuntimeException re ? re : ex;
            }
        }
        try {
            Rendered r = store(key, gen, render.get());
            mine.complete(r);
            return r;
        } catch (RuntimeException ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            inflight.remove(flight, mine);
        }
    }

    private Rendered store(String key, long gen, Rendered value) {
        if (entries.size() > 10_000) {
            entries.clear(); // bounded: keys come from URLs
        }
        entries.put(key, new Entry(value, gen, System.nanoTime() + ttlNanos, new AtomicBoolean()));
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
    }
}
