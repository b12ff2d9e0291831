package id.newsroom.web.page;

import java.time.Instant;

import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.SearchModels;
import org.springframework.web.util.UriUtils;

/**
 * One story in a list. {@code snippetHtml} is search-service's escaped snippet with {@code <mark>}s, or null.
 */
public record Card(String title, String href, String summary, String snippetHtml, String imageUrl, String imageAlt,
        String sectionName, String sectionHref, Instant publishedAt) {

    public static Card of(FeedModels.Item item) {
        FeedModels.Image image = item.image();
        return new Card(item.title(), articlePath(item.slug()), item.summary(), null,
                image == null ? null : image.url(), image == null ? null : alt(image.caption(), item.title()),
                item.category() == null ? null : item.category().name(),
                item.category() == null ? null : sectionPath(item.category().slug()), item.publishedAt());
    }

    public static Card of(SearchModels.Hit hit) {
        return new Card(hit.title(), articlePath(hit.slug()), null, hit.snippet(), null, null,
                hit.category() == null ? null : hit.category().name(),
                hit.category() == null ? null : sectionPath(hit.category().slug()), hit.publishedAt());
    }

    public String date() {
        return Wib.display(publishedAt);
    }

    public String isoDate() {
        return Wib.iso(publishedAt);
    }

    public static String articlePath(String slug) {
        return "/berita/" + UriUtils.encodePathSegment(slug, "UTF-8");
    }

    public static String sectionPath(String slug) {
        return "/kategori/" + UriUtils.encodePathSegment(slug, "UTF-8");
    }

    static String alt(String caption, String title) {
        return caption == null || caption.isBlank() ? title : caption;
    }
}
