package id.newsroom.web.page;

import java.time.Instant;

import id.newsroom.web.media.Photo;
import id.newsroom.web.media.Picture;
import id.newsroom.web.media.Slot;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.SearchModels;
import org.springframework.web.util.UriUtils;

/**
 * One story in a list. {@code snippetHtml} is search-service's escaped snippet with {@code <mark>}s, or null;
 * {@code photo} null: the story has no picture.
 */
public record Card(String title, String href, String summary, String snippetHtml, Photo photo, String sectionName,
        String sectionHref, Instant publishedAt) {

    public static Card of(FeedModels.Item item) {
        return new Card(item.title(), articlePath(item.slug()), item.summary(), null,
                Photo.of(item.image(), item.title()), item.category() == null ? null : item.category().name(),
                item.category() == null ? null : sectionPath(item.category().slug()), item.publishedAt());
    }

    public static Card of(SearchModels.Hit hit) {
        return new Card(hit.title(), articlePath(hit.slug()), null, hit.snippet(), null,
                hit.category() == null ? null : hit.category().name(),
                hit.category() == null ? null : sectionPath(hit.category().slug()), hit.publishedAt());
    }

    /** The card's picture where it sits on the page. */
    public Picture picture(Slot slot) {
        return Picture.of(photo, slot);
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

    /** Where the section's RSS and Atom feeds are ({@code /rss.xml}, {@code /atom.xml} below it). */
    public static String sectionFeedPath(String slug) {
        return "/feeds/categories/" + UriUtils.encodePathSegment(slug, "UTF-8");
    }
}
