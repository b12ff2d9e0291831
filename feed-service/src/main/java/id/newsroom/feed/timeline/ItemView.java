package id.newsroom.feed.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;

/** A timeline item: what a list needs, never the body. */
public record ItemView(String id, String slug, String title, String summary, Ref category, List<String> tags,
        Author author, Image image, Instant publishedAt, Instant updatedAt) {

    public record Ref(String slug, String name) {}

    public record Author(String id, String name) {}

    /**
     * The lead picture, with the names of the event. A media's fields (mediaId, alt, width, height, widths,
     * urlPattern) only when it is one: an external picture's answer stays as it was (same bytes, same ETag).
     */
    public record Image(String url, String caption, String credit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String mediaId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String alt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer width,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer height,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> widths,
            @JsonInclude(JsonInclude.Include.NON_NULL) String urlPattern) {

        static Image from(Document i) {
            List<Integer> widths = i.get("widths") == null
                    ? null
                    : i.getList("widths", Number.class).stream().map(Number::intValue).toList();
            return new Image(i.getString("url"), i.getString("caption"), i.getString("credit"),
                    i.getString("mediaId"), i.getString("alt"), integer(i.get("width")), integer(i.get("height")),
                    widths, i.getString("urlPattern"));
        }

        /** A media of media-service (rendered from urlPattern), not an external picture. */
        @JsonIgnore
        public boolean isMedia() {
            return mediaId != null && urlPattern != null;
        }

        private static Integer integer(Object n) {
            return n == null ? null : ((Number) n).intValue();
        }
    }

    public static ItemView from(Document d) {
        Document c = d.get("category", Document.class);
        Document a = d.get("author", Document.class);
        Document i = d.get("image", Document.class);
        return new ItemView(d.getString("_id"), d.getString("slug"), d.getString("title"), d.getString("summary"),
                c == null ? null : new Ref(c.getString("slug"), c.getString("name")),
                d.getList("tags", String.class, List.of()),
                a == null ? null : new Author(a.getString("id"), a.getString("name")),
                i == null ? null : Image.from(i),
                instant(d.getDate("publishedAt")), instant(d.getDate("updatedAt")));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
