package id.newsroom.feed.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import id.newsroom.feed.config.FeedProperties;
import org.springframework.stereotype.Component;

/** The sections readers can ask for: configured ones, plus any category that articles have carried. */
@Component
public class CategoryCatalog {

    private final Map<String, String> configured = new LinkedHashMap<>();
    private final TimelineQueries queries;

    public CategoryCatalog(FeedProperties props, TimelineQueries queries) {
        props.categories().forEach(c -> configured.put(c.slug(), c.name()));
        this.queries = queries;
    }

    public boolean isKnown(String slug) {
        return configured.containsKey(slug) || queries.categoryExists(slug);
    }

    /** Display name of a category, falling back to the slug. */
    public String name(String slug) {
        return configured.getOrDefault(slug, slug);
    }
}
