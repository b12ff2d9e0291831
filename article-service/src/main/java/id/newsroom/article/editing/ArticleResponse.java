package id.newsroom.article.editing;

import java.time.Instant;
import java.util.List;

/** The article as the editors' API shows it. */
public record ArticleResponse(String id, long version, Status status, String slug, String title, String summary,
        String body, Article.Category category, List<String> tags, Article.Author author,
        Article.Image image, Instant publishedAt, Instant updatedAt, Instant scheduledAt,
        Instant createdAt) {

    static ArticleResponse of(Article a) {
        return new ArticleResponse(a.id(), a.version(), a.status(), a.slug(), a.title(), a.summary(), a.body(),
                a.category(), a.tags(), a.author(), a.image(), a.publishedAt(), a.updatedAt(), a.scheduledAt(),
                a.createdAt());
    }
}
