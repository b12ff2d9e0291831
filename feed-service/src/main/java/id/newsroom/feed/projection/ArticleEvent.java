package id.newsroom.feed.projection;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our own view of the event data in contracts/article-event.schema.json (tolerant reader: unknown fields ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEvent(String articleId, Long version, String change, String status, String slug, String title,
        String summary, String body, Category category, List<String> tags, Author author,
        Image image, Instant publishedAt, Instant updatedAt, Instant scheduledAt,
        Legacy legacy, Seo seo) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String slug, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String id, String name) {}

    /** Optional: where an imported article lived before (old WordPress post id and permalink). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Legacy(Long wordpressId, String permalink) {}

    /** Optional: the newsroom's own wording for search engines (title tag, meta description); passed through. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seo(String title, String description) {}

    /** An external picture, or a media (mediaId with what a reader needs to render it: sizes, widths, pattern). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, String caption, String credit, String mediaId, String alt, Integer width,
            Integer height, List<Integer> widths, String urlPattern) {

        public Image(String url, String caption, String credit) {
            this(url, caption, credit, null, null, null, null, null, null);
        }
    }
}
