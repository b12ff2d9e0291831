package id.newsroom.feed.projection;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The read model's document of an article (its {@code _id} is the article id), written whole by an insert or by an
 * exact-version compare-and-set.
 *
 * <p>Both stay safe with no key but {@code _id}. An insert of an article that exists already, at any version, is
 * refused by the {@code _id} index (11000): it neither makes a second document nor overwrites a newer one, and the
 * writer re-reads to decide. The unique {@code versionKey} ({@code <id>#<version>}) that these writes carried until
 * 2026-12 could refuse no more than that (two documents with one key have one {@code _id}); it existed only because
 * the stand-in of the time scanned the collection for a filter of two fields, and {@code VersionKeyMigration} drops it.
 */
final class ArticleDocuments {

    private ArticleDocuments() {}

    /**
     * Matches only while the article still holds the version read, so a newer version written meanwhile is never
     * replaced; found through the {@code _id} index on MongoDB and on the stand-in alike.
     */
    static Bson heldAt(String articleId, long heldVersion) {
        return Filters.and(Filters.eq("_id", articleId), Filters.eq("version", heldVersion));
    }

    static UpdateOneModel<Document> compareAndSet(ArticleEvent e, long heldVersion) {
        Bson filter = heldAt(e.articleId(), heldVersion);
        Bson update = Updates.combine(
                Updates.set("version", e.version()),
                Updates.set("status", e.status()),
                Updates.set("change", e.change()),
                Updates.set("slug", e.slug()),
                Updates.set("title", e.title()),
                Updates.set("summary", Objects.requireNonNullElse(e.summary(), "")),
                Updates.set("body", Objects.requireNonNullElse(e.body(), "")),
                Updates.set("category", new Document("slug", e.category().slug()).append("name", e.category().name())),
                Updates.set("tags", e.tags()),
                Updates.set("author", new Document("id", e.author().id()).append("name", e.author().name())),
                Updates.set("image", image(e.image())),
                Updates.set("publishedAt", e.publishedAt() == null ? null : Date.from(e.publishedAt())),
                Updates.set("updatedAt", Date.from(e.updatedAt())),
                Updates.set("legacy", legacy(e)),
                Updates.set("seo", seo(e)),
                // Every slug the article ever had keeps answering on the article page.
                Updates.addToSet("slugs", e.slug()));
        return new UpdateOneModel<>(filter, update);
    }

    static Document fullDocument(ArticleEvent e) {
        List<String> slugs = new ArrayList<>();
        slugs.add(e.slug());
        return asRead(e).append("change", e.change())
                .append("body", Objects.requireNonNullElse(e.body(), "")).append("slugs", slugs)
                .append("legacy", legacy(e)).append("seo", seo(e));
    }

    /** Only the article page uses it (null: the page's title and summary serve). */
    private static Document seo(ArticleEvent e) {
        return e.seo() == null
                ? null
                : new Document("title", e.seo().title()).append("description", e.seo().description());
    }

    /** Kept so that the old WordPress links of an imported article can find it (null for articles written here). */
    private static Document legacy(ArticleEvent e) {
        return e.legacy() == null
                ? null
                : new Document("wordpressId", e.legacy().wordpressId())
                        .append("permalink", e.legacy().permalink());
    }

    /** The image as the event carries it; the media fields only when present (an external picture has none). */
    static Document image(ArticleEvent.Image i) {
        if (i == null) {
            return null;
        }
        Document d = new Document("url", i.url()).append("caption", i.caption()).append("credit", i.credit());
        putIfPresent(d, "mediaId", i.mediaId());
        putIfPresent(d, "alt", i.alt());
        putIfPresent(d, "width", i.width());
        putIfPresent(d, "height", i.height());
        putIfPresent(d, "widths", i.widths());
        putIfPresent(d, "urlPattern", i.urlPattern());
        return d;
    }

    private static void putIfPresent(Document d, String key, Object value) {
        if (value != null) {
            d.append(key, value);
        }
    }

    /** The document as it now reads, for live subscribers. */
    static Document asRead(ArticleEvent e) {
        return new Document("_id", e.articleId()).append("version", e.version()).append("status", e.status())
                .append("slug", e.slug()).append("title", e.title())
                .append("summary", Objects.requireNonNullElse(e.summary(), ""))
                .append("category", new Document("slug", e.category().slug()).append("name", e.category().name()))
                .append("tags", e.tags())
                .append("author", new Document("id", e.author().id()).append("name", e.author().name()))
                .append("image", image(e.image()))
                .append("publishedAt", e.publishedAt() == null ? null : Date.from(e.publishedAt()))
                .append("updatedAt", Date.from(e.updatedAt()));
    }
}
