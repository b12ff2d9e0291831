package id.newsroom.feed.timeline;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.ArticlesApplied;
import id.newsroom.feed.web.Rendered;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rendered first pages and feeds, the hottest reads. Any write this instance applies invalidates them at once; the
 * short TTL bounds staleness from writes applied by other instances (each consumes its own partitions). One caller
 * renders a missing page while the others wait for that rendering (no stampede on MongoDB); once the TTL has run out,
 * one caller renders it again while the others keep serving the previous rendering, and a page nobody read for two
 * TTLs is rendered afresh.
 */
@Component
public class FirstPageCache {

    /** Keys come from URLs: bounded. */
    private static final int MAX_PAGES = 10_000;

    /** A rendering and how to render it again, so that a refresh needs no caller's help. */
    private record Page(Rendered rendered, Supplier<Rendered> render) {}

    private final LoadingCache<String, Page> pages;

    public FirstPageCache(FeedProperties props) {
        Duration ttl = props.cache().firstPageTtl();
        this.pages = Caffeine.newBuilder()
                .maximumSize(MAX_PAGES)
                .refreshAfterWrite(ttl)
                .expireAfterWrite(ttl.multipliedBy(2))
                .executor(Runnable::run) // the reader that finds it due renders it; no pool thread waits on MongoDB
                .build(new CacheLoader<>() {
                    @Override
                    public Page load(String key) {
                        throw new UnsupportedOperationException("pages are loaded by get(key, render)");
                    }

                    @Override
                    public Page reload(String key, Page old) {
                        return new Page(old.render().get(), old.render());
                    }
                });
    }

    public Rendered get(String key, Supplier<Rendered> render) {
        return pages.get(key, k -> new Page(render.get(), render)).rendered();
    }

    /** A write was applied here: every page may be out of date (a refresh under way is discarded too). */
    /** First, before the live stream tells readers: a reader who reloads on the news gets the new first page. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void on(ArticlesApplied applied) {
        if (applied.readModelChanged()) {
            invalidate();
        }
    }

    public void invalidate() {
        pages.invalidateAll();
    }
}
