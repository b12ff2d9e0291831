package id.newsroom.article.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.newsroom.article.config.ArticleProperties;
import org.springframework.stereotype.Component;
import id.newsroom.defaults.contract.ContractFiles;
import tools.jackson.databind.JsonNode;

/**
 * The newsroom sections: contracts/sections.json, the one list feed and the site read too (on the classpath through
 * platform-defaults), unless {@code article.categories} is set for a deployment that must differ.
 */
@Component
public class Categories {

    static final String CONTRACT = "contracts/sections.json";

    private final Map<String, Article.Category> bySlug = new LinkedHashMap<>();

    public Categories(ArticleProperties properties) {
        if (properties.categories().isEmpty()) {
            fromContract().forEach(c -> bySlug.put(c.slug(), c));
        } else {
            properties.categories().forEach(c -> bySlug.put(c.slug(), new Article.Category(c.slug(), c.name())));
        }
    }

    static List<Article.Category> fromContract() {
        List<Article.Category> sections = new ArrayList<>();
        for (JsonNode s : ContractFiles.json(CONTRACT).path("sections")) {
            sections.add(new Article.Category(s.path("slug").asString(), s.path("name").asString()));
        }
        return sections;
    }

    public Optional<Article.Category> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public List<Article.Category> all() {
        return List.copyOf(bySlug.values());
    }
}
