package id.newsroom.feed.article;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.ArticlesApplied;
import id.newsroom.feed.projection.ProjectionWriter;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.web.Rendered;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rendered article pages by slug, where readers land from search and social: a page is read from MongoDB and rendered
 * once, not on every view. A change this instance applies evicts its article's pages at once (before the live stream
 * tells readers); one applied by another instance (each consumes its own partitions) shows within
 * {@code feed.cache.article-page-ttl}, as it would through the max-age every reader's cache is allowed. Keys carry the
 * read model's collection, so a rebuild's switch starts afresh on every instance. Only pages (200) are kept: a
 * redirect, a takedown and a miss are looked up each time. Metrics {@code cache_*{cache="feed_article_pages"}}.
 */
@Component
public class ArticlePageCache {

    /** A rendered page and the article it shows (changes name articles, not slugs). */
    public record Page(String articleId, Rendered rendered) {}

    private final Cache<String, Page> pages;
    private final Supplier<String> activeCollection;

    @Autowired
    public ArticlePageCache(FeedProperties props, ReadModel readModel, MeterRegistry registry) {
        this(props.cache(), readModel::activeName);
        CaffeineCacheMetrics.monitor(registry, pages, "feed_article_pages");
    }

    /** With the read model's collection name of the test's choosing. */
    ArticlePageCache(FeedProperties.Cache settings, Supplier<String> activeCollection) {
        this.activeCollection = activeCollection;
        this.pages = Caffeine.newBuilder().maximumSize(settings.articlePages())
                .expireAfterWrite(settings.articlePageTtl()).recordStats().build();
    }

    /**
     * The page for {@code slug} in {@code collection}, rendered by {@code render} when missing (one caller renders, the
     * others wait for it); null when {@code render} finds no page, which is not kept.
     */
    public Page get(String collection, String slug, Supplier<Page> render) {
        return pages.get(key(collection, slug), k -> render.get());
    }

    /**
     * Evicts the pages of the articles this batch changed. The new slug's key is invalidated by name too: that waits
     * for a rendering under way from before the write, which would otherwise be kept with the old content.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void on(ArticlesApplied applied) {
        Set<String> ids = new HashSet<>();
        for (ProjectionWriter.Change c : applied.changes()) {
            ids.add(c.articleId());
            String slug = c.article() == null ? null : c.article().getString("slug");
            if (slug != null) {
                pages.invalidate(key(activeCollection.get(), slug));
            }
        }
        if (!ids.isEmpty()) {
            pages.asMap().entrySet().removeIf(e -> ids.contains(e.getValue().articleId()));
        }
    }

    private static String key(String collection, String slug) {
        return collection + "/" + slug;
    }
}
