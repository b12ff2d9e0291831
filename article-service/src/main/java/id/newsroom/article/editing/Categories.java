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
        properties.categories().forEach(c -> bySlug.put(c.slug(), new Article.Category(c.slug(), c.name())));
    }

    public Optional<Article.Category> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public List<Article.Category> all() {
        return List.copyOf(bySlug.values());
    }
}
