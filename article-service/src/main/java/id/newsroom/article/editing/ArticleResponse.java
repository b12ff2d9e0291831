package id.newsroom.article.editing;

import java.time.Instant;
import java.util.List;

/**
 * The article as the editors' API shows it: the live state, and for the desk the working copy (unpublished edits of a
 * published story; null when none), the review state and the edit lock (while unexpired; the holding tab's session
 * is not shown).
 */
public record ArticleResponse(String id, long version, Status status, String slug, String title, String summary,
        String body, Article.Category category, List<String> tags, Article.Author author,
        Article.Image image, Instant publishedAt, Instant updatedAt, Instant scheduledAt,
        Instant createdAt, Article.Seo seo, ContentRules.Content workingCopy, ArticleView.Review review, Lock lock) {

    /** Who is editing, until when. */
    public record Lock(Article.Author holder, Instant expiresAt) {}

    static ArticleResponse of(ArticleView v) {
        Article a = v.article();
        return new ArticleResponse(a.id(), a.version(), a.status(), a.slug(), a.title(), a.summary(), a.body(),
                a.category(), a.tags(), a.author(), a.image(), a.publishedAt(), a.updatedAt(), a.scheduledAt(),
                a.createdAt(), a.seo(), v.workingCopy(), v.review(),
                v.lock() == null ? null : new Lock(v.lock().holder(), v.lock().expiresAt()));
    }
}
