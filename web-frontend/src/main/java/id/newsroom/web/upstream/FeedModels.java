package id.newsroom.web.upstream;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our own reading of feed-service's JSON (tolerant: unknown fields are ignored). */
public final class FeedModels {

    private FeedModels() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ref(String slug, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String id, String name) {}

    /**
     * An article's image: an external picture ({@code url} only), or a media of media-service, which also carries
     * its id, alt text, intrinsic size, the widths made and the URL pattern of its variants (media-spec.md).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, String caption, String credit, String mediaId, String alt, Integer width,
            Integer height, List<Integer> widths, String urlPattern) {
        public Image {
            widths = widths == null ? List.of() : widths.stream().filter(Objects::nonNull).toList();
        }

        /** An external picture (the shape of old events). */
        public static Image external(String url, String caption, String credit) {
            return new Image(url, caption, credit, null, null, null, null, List.of(), null);
        }
    }

    /** A timeline item (no body). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String slug, String title, String summary, Ref category, List<String> tags,
            Author author, Image image, Instant publishedAt, Instant updatedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(List<Item> items, String nextCursor) {
        public Timeline {
            items = items == null ? List.of() : items;
        }
    }

    /**
     * The article page: the item's fields plus the sanitized HTML body, and the newsroom's own wording for search
     * engines (null, or a part null: the title and summary serve).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String slug, String title, String summary, String body, Ref category,
            List<String> tags, Author author, Image image, Instant publishedAt, Instant updatedAt, Seo seo) {
        public Article {
            tags = tags == null ? List.of() : tags;
        }

        /** The page's {@code <title>} text (without the site's name). */
        public String pageTitle() {
            return seo != null && seo.title() != null && !seo.title().isBlank() ? seo.title() : title;
        }

        /** The page's meta description. */
        public String pageDescription() {
            if (seo != null && seo.description() != null && !seo.description().isBlank()) {
                return seo.description();
            }
            return summary == null ? title : summary;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seo(String title, String description) {}
}
