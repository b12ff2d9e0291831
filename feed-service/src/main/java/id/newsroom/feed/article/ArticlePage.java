package id.newsroom.feed.article;

import java.time.Instant;
import java.util.List;

import id.newsroom.feed.timeline.ItemView;
import org.bson.Document;

/** The published article page: the list fields plus the body and the image credit. */
public record ArticlePage(String id, String slug, String title, String summary, String body, ItemView.Ref category,
        List<String> tags, ItemView.Author author, ItemView.Image image, Instant publishedAt,
        Instant updatedAt, long version) {

    static ArticlePage from(Document d) {
        ItemView i = ItemView.from(d);
        return new ArticlePage(i.id(), i.slug(), i.title(), i.summary(), d.getString("body"), i.category(), i.tags(),
                i.author(), i.image(), i.publishedAt(), i.updatedAt(), ((Number) d.get("version")).longValue());
    }

}
