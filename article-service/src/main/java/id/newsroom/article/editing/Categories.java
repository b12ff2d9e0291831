package id.newsroom.article.editing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.newsroom.article.config.ArticleProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        try (InputStream in = Categories.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not on the classpath");
            }
            List<Article.Category> sections = new ArrayList<>();
            for (JsonNode s : JsonMapper.builder().build().readTree(in).path("sections")) {
                sections.add(new Article.Category(s.path("slug").asString(), s.path("name").asString()));
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
    }

    public Optional<Article.Category> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public List<Article.Category> all() {
        return List.copyOf(bySlug.values());
    }
}
