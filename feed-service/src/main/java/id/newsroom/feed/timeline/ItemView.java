package id.newsroom.feed.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/** A timeline item: what a list needs, never the body. */
public record ItemView(String id, String slug, String title, String summary, Ref category, List<String> tags,
        Author author, Image image, Instant publishedAt, Instant updatedAt) {

    public record Ref(String slug, String name) {}

    public record Author(String id, String name) {}

    public record Image(String url, String caption, String credit) {}

    public static ItemView from(Document d) {
        Document c = d.get("category", Document.class);
        Document a = d.get("author", Document.class);
        Document i = d.get("image", Document.class);
        return new ItemView(d.getString("_id"), d.getString("slug"), d.getString("title"), d.getString("summary"),
                c == null ? null : new Ref(c.getString("slug"), c.getString("name")),
                d.getList("tags", String.class, List.of()),
                a == null ? null : new Author(a.getString("id"), a.getString("name")),
                i == null ? null : new Image(i.getString("url"), i.getString("caption"), i.getString("credit")),
                instant(d.getDate("publishedAt")), instant(d.getDate("updatedAt")));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
