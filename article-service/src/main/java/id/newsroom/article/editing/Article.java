package id.newsroom.article.editing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
        Legacy legacy,
        Seo seo) {

    /** Without search-engine wording of its own (the title and summary serve). */
    public Article(String id, long version, Status status, String slug, String title, String summary, String body,
            Category category, List<String> tags, Author author, Image image, Instant publishedAt,
            Instant updatedAt, Instant scheduledAt, Instant createdAt, Legacy legacy) {
        this(id, version, status, slug, title, summary, body, category, tags, author, image, publishedAt, updatedAt,
                scheduledAt, createdAt, legacy, null);
    }

    /** An article written here has no legacy: it was never anywhere else. */
    public Article(String id, long version, Status status, String slug, String title, String summary, String body,
            Category category, List<String> tags, Author author, Image image, Instant publishedAt,
            Instant updatedAt, Instant scheduledAt, Instant createdAt) {
        this(id, version, status, slug, title, summary, body, category, tags, author, image, publishedAt, updatedAt,
                scheduledAt, createdAt, null, null);
    }

    public record Category(String slug, String name) {}

    public record Author(String id, String name) {}

    /**
     * The lead picture: an external one ({@code url, caption, credit}, maybe {@code alt}) or a media of media-service,
     * which also carries what a reader needs to render it without asking media-service (contracts: the event's image).
     */
    public record Image(String url, String caption, String credit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String mediaId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String alt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer width,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer height,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> widths,
            @JsonInclude(JsonInclude.Include.NON_NULL) String urlPattern) {

        /** An external picture. */
        public Image(String url, String caption, String credit) {
            this(url, caption, credit, null, null, null, null, null, null);
        }
    }

    /** Optional wording for search engines and shares: the page's title tag and meta description. */
    public record Seo(String title, String description) {}

    /** Where an imported article lived before (its old WordPress post id and permalink), so old links can redirect. */
    public record Legacy(Long wordpressId, String permalink) {}

    /** The same version with other editable content (the caller moves the version on). */
    Article withContent(ContentRules.Content c, String newSlug) {
        return new Article(id, version, status, newSlug, c.title(), c.summary(), c.body(), c.category(), c.tags(),
                c.author(), c.image(), publishedAt, updatedAt, scheduledAt, createdAt, legacy, c.seo());
    }

    Article withStatus(Status newStatus, Instant now) {
        return new Article(id, version + 1, newStatus, slug, title, summary, body, category, tags, author, image,
                publishedAt, now, scheduledAt, createdAt, legacy, seo);
    }

    Article withSchedule(Instant at, Instant now) {
        return new Article(id, version + 1, Status.SCHEDULED, slug, title, summary, body, category, tags, author,
                image, publishedAt, now, at, createdAt, legacy, seo);
    }

    Article published(Instant firstPublication, Instant now) {
        return new Article(id, version + 1, Status.PUBLISHED, slug, title, summary, body, category, tags, author,
                image, firstPublication, now, null, createdAt, legacy, seo);
    }
}
