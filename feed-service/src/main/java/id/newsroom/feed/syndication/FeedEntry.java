package id.newsroom.feed.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.newsroom.feed.timeline.ItemView;
import org.bson.Document;

/** One article as the syndication formats need it, with absolute links. */
record FeedEntry(ItemView item, String url, String body) {

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

    /** Media type of the lead image from its file name; JPEG when it cannot be told. */
    String imageType() {
        if (item.image() == null) {
            return null;
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
