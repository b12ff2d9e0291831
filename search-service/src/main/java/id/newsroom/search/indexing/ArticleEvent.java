package id.newsroom.search.indexing;

import java.time.Instant;
import java.util.List;

/** Our own reading of the article event: only what search needs (tolerant reader, unknown fields ignored). */
public record ArticleEvent(
        String articleId,
        long version,
        String status,
        String slug,
        String title,
        String summary,
        String body,
        String categorySlug,
        String categoryName,
        List<String> tags,
        String authorId,
        String authorName,
        Instant publishedAt,
        Instant updatedAt) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
