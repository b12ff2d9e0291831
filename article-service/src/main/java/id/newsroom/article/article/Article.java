package id.newsroom.article.article;

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
        Instant createdAt) {

    public record Category(String slug, String name) {
    }

    public record Author(String id, String name) {
    }

    public record Image(String url, String caption, String credit) {
    }

    Article withStatus(Status newStatus, Instant now) {
        return new Article(id, version + 1, newStatus, slug, title, summary, body, category, tags, author, image,
                publishedAt, now, scheduledAt, createdAt);
    }

    Article withSchedule(Instant at, Instant now) {
        return new Article(id, version + 1, Status.SCHEDULED, slug, title, summary, body, category, tags, author,
                image, publishedAt, now, at, createdAt);
    }

    Article published(Instant firstPublication, Instant now) {
        return new Article(id, version + 1, Status.PUBLISHED, slug, title, summary, body, category, tags, author,
                image, firstPublication, now, null, createdAt);
    }
}
