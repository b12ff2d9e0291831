package id.newsroom.feed.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.newsroom.feed.timeline.ItemView;
import org.bson.Document;

/** One article as the syndication formats need it, with absolute links. */
record FeedEntry(ItemView item, String url, String body) {

    private static final int ENCLOSURE_WIDTH = 1280;

    static FeedEntry of(Document d, String url) {
        return new FeedEntry(ItemView.from(d), url, d.getString("body"));
    }

    Instant published() {
        return item.publishedAt();
    }

    Instant updated() {
        return item.updatedAt() == null ? item.publishedAt() : item.updatedAt();
    }

    List<String> tags() {
        return item.tags();
    }

    /**
     * The lead image's URL in the feeds: for a media its w1280 JPEG (what aggregators expect of an enclosure), else
     * the external picture's URL.
     */
    String imageUrl() {
        ItemView.Image image = item.image();
        if (image == null) {
            return null;
        }
        if (image.isMedia() && image.widths() != null && image.widths().contains(ENCLOSURE_WIDTH)) {
            return image.urlPattern().replace("{variant}", "w" + ENCLOSURE_WIDTH).replace("{format}", "jpg");
        }
        return image.url(); // a media's url is already its JPEG of the largest width made
    }

    /** Media type of the lead image: JPEG for a media, else from its file name; JPEG when it cannot be told. */
    String imageType() {
        if (item.image() == null) {
            return null;
        }
        if (item.image().isMedia()) {
            return "image/jpeg";
        }
        String path = item.image().url().toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".webp")) {
            return "image/webp";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/jpeg";
    }
}
