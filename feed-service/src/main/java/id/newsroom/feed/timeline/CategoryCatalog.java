package id.newsroom.feed.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import id.newsroom.feed.config.FeedProperties;
import org.springframework.stereotype.Component;
import id.newsroom.defaults.contract.ContractFiles;
import tools.jackson.databind.JsonNode;

/**
 * The sections readers can ask for: the newsroom's (contracts/sections.json, the list article-service accepts
 * articles in; {@code feed.categories} only where a deployment must differ), plus any category articles carried.
 */
@Component
public class CategoryCatalog {

    static final String CONTRACT = "contracts/sections.json";

    private final Map<String, String> configured = new LinkedHashMap<>();
    private final TimelineQueries queries;

    public CategoryCatalog(FeedProperties props, TimelineQueries queries) {
        if (props.categories().isEmpty()) {
            configured.putAll(fromContract());
        } else {
            props.categories().forEach(c -> configured.put(c.slug(), c.name()));
        }
        this.queries = queries;
    }

    static Map<String, String> fromContract() {
        Map<String, String> sections = new LinkedHashMap<>();
        for (JsonNode s : ContractFiles.json(CONTRACT).path("sections")) {
            sections.put(s.path("slug").asString(), s.path("name").asString());
        }
        return sections;
    }

    public boolean isKnown(String slug) {
        return configured.containsKey(slug) || queries.categoryExists(slug);
    }

    /** Display name of a category, falling back to the slug. */
    public String name(String slug) {
        return configured.getOrDefault(slug, slug);
    }
}
