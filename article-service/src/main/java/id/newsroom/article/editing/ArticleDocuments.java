package id.newsroom.article.editing;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/** How an article and its revisions are stored: the mapping between records and MongoDB documents. */
public final class ArticleDocuments {

    private ArticleDocuments() {}

    public static Document toDocument(Article a) {
        Document d = new Document("_id", a.id())
                .append("version", a.version())
                .append("status", a.status().name())
                .append("slug", a.slug())
                .append("title", a.title())
                .append("summary", a.summary())
                .append("body", a.body())
                .append("category", new Document("slug", a.category().slug()).append("name", a.category().name()))
                .append("tags", a.tags())
                .append("author", new Document("id", a.author().id()).append("name", a.author().name()))
                .append("image", image(a.image()))
                .append("publishedAt", date(a.publishedAt()))
                .append("updatedAt", date(a.updatedAt()))
                .append("scheduledAt", date(a.scheduledAt()))
                .append("createdAt", date(a.createdAt()));
        d.append("seo", seo(a.seo())); // always set: an edit that drops it must clear it
        if (a.legacy() != null) {
            d.append("legacy", new Document("wordpressId", a.legacy().wordpressId())
                    .append("permalink", a.legacy().permalink()));
        }
        return d;
    }

    public static Article fromDocument(Document d) {
        Document c = d.get("category", Document.class);
        Document au = d.get("author", Document.class);
        Document im = d.get("image", Document.class);
        Document lg = d.get("legacy", Document.class);
        return new Article(d.getString("_id"), ((Number) d.get("version")).longValue(),
                Status.valueOf(d.getString("status")), d.getString("slug"), d.getString("title"),
                d.getString("summary"), d.getString("body"),
                new Article.Category(c.getString("slug"), c.getString("name")),
                d.getList("tags", String.class, List.of()),
                new Article.Author(au.getString("id"), au.getString("name")),
                image(im),
                instant(d.getDate("publishedAt")), instant(d.getDate("updatedAt")), instant(d.getDate("scheduledAt")),
                instant(d.getDate("createdAt")), lg == null
                        ? null
                        : new Article.Legacy(
                                lg.get("wordpressId") == null ? null : ((Number) lg.get("wordpressId")).longValue(),
                                lg.getString("permalink")),
                seo(d.get("seo", Document.class)));
    }

    private static Document seo(Article.Seo s) {
        return s == null ? null : new Document("title", s.title()).append("description", s.description());
    }

    private static Article.Seo seo(Document d) {
        return d == null ? null : new Article.Seo(d.getString("title"), d.getString("description"));
    }

    /** The desk's view: the live state plus working copy, review and (when unexpired at {@code now}) the lock. */
    public static ArticleView view(Document d, Instant now) {
        Document wc = d.get(ArticleStore.WORKING_COPY, Document.class);
        Document rv = d.get(ArticleStore.REVIEW, Document.class);
        Document lk = d.get(ArticleStore.LOCK, Document.class);
        ArticleView.EditLock lock = lk == null || !lk.getDate("expiresAt").toInstant().isAfter(now)
                ? null
                : new ArticleView.EditLock(lk.getString("session"), author(lk.get("holder", Document.class)),
                        lk.getDate("expiresAt").toInstant());
        Object revision = d.get(ArticleStore.WORKING_REVISION);
        return new ArticleView(fromDocument(d), wc == null ? null : content(wc),
                revision == null ? 0 : ((Number) revision).longValue(),
                rv == null
                        ? null
                        : new ArticleView.Review(rv.getString("state"), rv.getString("note"),
                                author(rv.get("by", Document.class)), instant(rv.getDate("at"))),
                lock);
    }

    /** The editable fields (a working copy, a revision's snapshot). */
    public static Document toDocument(ContentRules.Content c) {
        return new Document("title", c.title()).append("summary", c.summary()).append("body", c.body())
                .append("category", new Document("slug", c.category().slug()).append("name", c.category().name()))
                .append("tags", c.tags())
                .append("author", new Document("id", c.author().id()).append("name", c.author().name()))
                .append("image", image(c.image())).append("seo", seo(c.seo())).append("slug", c.slug());
    }

    public static ContentRules.Content content(Document d) {
        Document c = d.get("category", Document.class);
        return new ContentRules.Content(d.getString("title"), d.getString("summary"), d.getString("body"),
                new Article.Category(c.getString("slug"), c.getString("name")),
                d.getList("tags", String.class, List.of()), author(d.get("author", Document.class)),
                image(d.get("image", Document.class)), seo(d.get("seo", Document.class)), d.getString("slug"));
    }

    public static Document toDocument(Article.Author a) {
        return new Document("id", a.id()).append("name", a.name());
    }

    private static Article.Author author(Document d) {
        return new Article.Author(d.getString("id"), d.getString("name"));
    }

    /** The whole image; the media fields only when there are some (older documents have none). */
    private static Document image(Article.Image i) {
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

    private static Article.Image image(Document im) {
        if (im == null) {
            return null;
        }
        List<Integer> widths = im.get("widths") == null
                ? null
                : im.getList("widths", Number.class).stream().map(Number::intValue).toList();
        return new Article.Image(im.getString("url"), im.getString("caption"), im.getString("credit"),
                im.getString("mediaId"), im.getString("alt"), integer(im.get("width")), integer(im.get("height")),
                widths, im.getString("urlPattern"));
    }

    private static void putIfPresent(Document d, String key, Object value) {
        if (value != null) {
            d.append(key, value);
        }
    }

    private static Integer integer(Object n) {
        return n == null ? null : ((Number) n).intValue();
    }

    static Document toDocument(Revision r) {
        Document d = new Document("version", r.version()).append("change", r.change()).append("at", Date.from(r.at()))
                .append("by", new Document("id", r.by().id()).append("name", r.by().name()))
                .append("fields", r.fields());
        if (r.reason() != null) {
            d.append("reason", r.reason());
        }
        return d;
    }

    static Date date(Instant i) {
        return i == null ? null : Date.from(i);
    }

    static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
