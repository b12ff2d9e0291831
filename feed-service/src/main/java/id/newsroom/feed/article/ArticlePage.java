package id.newsroom.feed.article;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.newsroom.feed.timeline.ItemView;
import org.bson.Document;

/**
 * The published article page: the list fields plus the body and the image credit, and the newsroom's wording for
 * search engines when it wrote some ({@code seo}: absent otherwise, so older pages keep their bytes and ETags).
 */
public record ArticlePage(String id, String slug, String title, String summary, String body, ItemView.Ref category,
        List<String> tags, ItemView.Author author, ItemView.Image image, Instant publishedAt,
        Instant updatedAt, long version, @JsonInclude(JsonInclude.Include.NON_NULL) Seo seo) {

    public record Seo(String title, String description) {}

    static ArticlePage from(Document d) {
        ItemView i = ItemView.from(d);
        Document seo = d.get("seo", Document.class);
        return new ArticlePage(i.id(), i.slug(), i.title(), i.summary(), d.getString("body"), i.category(), i.tags(),
                i.author(), i.image(), i.publishedAt(), i.updatedAt(), ((Number) d.get("version")).longValue(),
                seo == null ? null : new Seo(seo.getString("title"), seo.getString("description")));
    }

}
