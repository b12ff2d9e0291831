package id.newsroom.article.preview;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleView;
import id.newsroom.article.editing.ContentRules;

/**
 * The story as readers would get it from feed-service's {@code GET /api/articles/{slug}} (same field names), so the
 * site renders a preview with its own article page.
 */
public record ReaderPage(String id, String slug, String title, String summary, String body, Article.Category category,
        List<String> tags, Article.Author author, Article.Image image, Instant publishedAt, Instant updatedAt,
        long version, @JsonInclude(JsonInclude.Include.NON_NULL) Article.Seo seo) {

    /** With the working copy applied when the grant asks for it and there still is one. */
    static ReaderPage of(ArticleView view, boolean workingCopy) {
        Article a = view.article();
        ContentRules.Content c = workingCopy && view.workingCopy() != null
                ? view.workingCopy()
                : ContentRules.Content.of(a);
        // Never published yet: show the time it would carry if published now (or when scheduled).
        Instant published = a.publishedAt() != null
                ? a.publishedAt()
                : a.scheduledAt() != null ? a.scheduledAt() : a.updatedAt();
        return new ReaderPage(a.id(), a.slug(), c.title(), c.summary(), c.body(), c.category(), c.tags(), c.author(),
                c.image(), published, a.updatedAt(), a.version(), c.seo());
    }
}
