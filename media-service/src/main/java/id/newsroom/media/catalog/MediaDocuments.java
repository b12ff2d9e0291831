package id.newsroom.media.catalog;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.media.variants.FocalPoint;
import org.bson.Document;

/** Media to and from its MongoDB document. */
final class MediaDocuments {

    private MediaDocuments() {}

    static Document document(Media m) {
        Document d = new Document("_id", m.id()).append("version", m.version()).append("revision", m.revision())
                .append("revisions", m.revisions()).append("sha256", m.sha256()).append("width", m.width())
                .append("height", m.height()).append("format", m.format()).append("bytes", m.bytes())
                .append("alt", m.alt()).append("caption", m.caption()).append("credit", m.credit())
                .append("focalPoint", new Document("x", m.focalPoint().x()).append("y", m.focalPoint().y()))
                .append("widths", m.widths()).append("createdAt", Date.from(m.createdAt()))
                .append("updatedAt", Date.from(m.updatedAt()));
        Document foci = new Document();
        m.focalPoints().forEach((rev, f) -> foci.append(rev, new Document("x", f.x()).append("y", f.y())));
        d.append("focalPoints", foci);
        if (m.sourceUrl() != null) {
            d.append("sourceUrl", m.sourceUrl()); // absent, not null: the unique index on it is sparse
        }
        return d;
    }

    static Media media(Document d) {
        return new Media(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("revision"),
                d.getList("revisions", String.class), d.getString("sha256"), d.getInteger("width"),
                d.getInteger("height"), d.getString("format"), ((Number) d.get("bytes")).longValue(),
                d.getString("alt"), d.getString("caption"), d.getString("credit"),
                MediaCatalog.focal(d.get("focalPoint", Document.class)), List.copyOf(d.getList("widths",
                        Integer.class)),
                d.getString("sourceUrl"), d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                focalPoints(d));
    }

    /** Each revision's focal point; a document from before they were kept knows its current one only. */
    private static Map<String, FocalPoint> focalPoints(Document d) {
        Map<String, FocalPoint> foci = new HashMap<>();
        Document stored = d.get("focalPoints", Document.class);
        if (stored != null) {
            stored.forEach((rev, f) -> foci.put(rev, MediaCatalog.focal((Document) f)));
        }
        foci.putIfAbsent(d.getString("revision"), MediaCatalog.focal(d.get("focalPoint", Document.class)));
        return foci;
    }
}
