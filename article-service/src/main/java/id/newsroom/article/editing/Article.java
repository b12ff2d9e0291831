package id.newsroom.article.editing;

import java.time.Instant;
import java.util.List;

/** The current state of one article (without its pending events and revisions). */
public record Article(
        String id,
        long version,
        Status status,
        String slug,
        String title,
        String summary,
        String body,
        Category category,
        List<String> tags,
        Author author,
        Image image,
        Instant publishedAt,
        Instant updatedAt,
        Instant scheduledAt,
        Instant createdAt,
        Legacy legacy) {

    /** An article written here has no legacy: it was never anywhere else. */
    public Article(String id, long version, Status status, String slug, String title, String summary, String body,
            Category category, List<String> tags, Author author, Image image, Instant publishedAt,
            Instant updatedAt, Instant scheduledAt, Instant createdAt) {
        this(id, version, status, slug, title, summary, body, category, tags, author, image, publishedAt, updatedAt,
                scheduledAt, createdAt, null);
    }

    public record Category(String slug, String name) {}

    public record Author(String id, String name) {}

    public record Image(String url, String caption, String credit) {}

    /** Where an imported article lived before (its old WordPress post id and permalink), so old links can redirect. */
    public record Legacy(Long wordpressId, String permalink) {}

    Article withStatus(Status newStatus, Instant now) {
        return new Article(id, version + 1, newStatus, slug, title, summary, body, category, tags, author, image,
                publishedAt, now, scheduledAt, createdAt, legacy);
    }

    Article withSchedule(Instant at, Instant now) {
        return new Article(id, version + 1, Status.SCHEDULED, slug, title, summary, body, category, tags, author,
                image, publishedAt, now, at, createdAt, legacy);
    }

    Article published(Instant firstPublication, Instant now) {
        return new Article(id, version + 1, Status.PUBLISHED, slug, title, summary, body, category, tags, author,
                image, firstPublication, now, null, createdAt, legacy);
    }
}
