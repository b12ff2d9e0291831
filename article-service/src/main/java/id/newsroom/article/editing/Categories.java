package id.newsroom.article.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.newsroom.article.config.ArticleProperties;
import org.springframework.stereotype.Component;

/** The configured newsroom sections. */
@Component
public class Categories {

    private final Map<String, Article.Category> bySlug = new LinkedHashMap<>();

    public Categories(ArticleProperties properties) {
        properties.getCategories().forEach(c -> bySlug.put(c.getSlug(), new Article.Category(c.getSlug(), c.getName())));
    }

    public Optional<Article.Category> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public List<Article.Category> all() {
        return List.copyOf(bySlug.values());
    }
}
