package id.newsroom.media.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.newsroom.media.events.PendingEvent;
import id.newsroom.media.variants.FocalPoint;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The media documents (database {@code media}). Every change and the event announcing it are one single-document
 * write: the event waits in the document's {@code outbox} until the relay has Kafka's acknowledgement.
 */
@Component
public class MediaCatalog {

    private final MongoCollection<Document> media;

    public MediaCatalog(MongoCollection<Document> mediaCollection) {
        this.media = mediaCollection;
        media.createIndex(Indexes.ascending("sha256"), new IndexOptions().unique(true).name("sha256"));
        media.createIndex(Indexes.ascending("sourceUrl"),
                new IndexOptions().unique(true).sparse(true).name("sourceUrl"));
        media.createIndex(Indexes.ascending("outboxSince"), new IndexOptions().sparse(true).name("outboxSince"));
    }

    public Optional<Media> find(String id) {
        return Optional.ofNullable(media.find(Filters.eq("_id", id)).first()).map(MediaDocuments::media);
    }

    public Optional<Media> findBySha256(String sha256) {
        return Optional.ofNullable(media.find(Filters.eq("sha256", sha256)).first()).map(MediaDocuments::media);
    }

    public Optional<Media> findBySourceUrl(String url) {
        return Optional.ofNullable(media.find(Filters.eq("sourceUrl", url)).first()).map(MediaDocuments::media);
    }

    /** Newest first (ids are time-ordered), after {@code cursor} when given. */
    public List<Media> page(String cursor, int limit) {
        Bson filter = cursor == null ? new Document() : Filters.lt("_id", cursor);
        List<Media> items = new ArrayList<>();
        media.find(filter).sort(Sorts.descending("_id")).limit(limit).forEach(d -> items.add(MediaDocuments.media(d)));
        return items;
    }

    /** Inserts a new media with its creation event; false when the same bytes or source URL exist already. */
    public boolean insert(Media m, PendingEvent event) {
        Document doc = MediaDocuments.document(m);
        doc.put("outbox", List.of(event.document()));
        doc.put("outboxSince", Date.from(event.time()));
        try {
            media.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Writes {@code m} (version n+1) over version n with its event; false when someone else wrote first. */
    public boolean update(Media m, PendingEvent event) {
        Document fields = MediaDocuments.document(m);
        fields.remove("_id");
        List<Bson> updates = new ArrayList<>();
        fields.forEach((k, v) -> updates.add(Updates.set(k, v)));
        updates.add(Updates.push("outbox", event.document()));
        updates.add(Updates.min("outboxSince", Date.from(event.time())));
        return media.updateOne(Filters.and(Filters.eq("_id", m.id()), Filters.eq("version", m.version() - 1)),
                Updates.combine(updates)).getMatchedCount() == 1;
    }

    /** Documents with events Kafka has not acknowledged yet, the longest waiting first. */
    public List<Document> pending(int limit) {
        List<Document> docs = new ArrayList<>();
        media.find(Filters.exists("outboxSince")).sort(Sorts.ascending("outboxSince")).limit(limit)
                .projection(new Document("outbox", 1).append("outboxSince", 1)).forEach(docs::add);
        return docs;
    }

    /** Removes one acknowledged event; the document leaves the relay's list when none is left. */
    public void acknowledged(String id, String eventId) {
        media.updateOne(Filters.eq("_id", id), Updates.pull("outbox", new Document("eventId", eventId)));
        media.updateOne(Filters.and(Filters.eq("_id", id), Filters.size("outbox", 0)),
                Updates.unset("outboxSince"));
    }

    /** The oldest pending event's time, for the age gauge. */
    public Optional<Instant> oldestPending() {
        Document d = media.find(Filters.exists("outboxSince")).sort(Sorts.ascending("outboxSince")).limit(1)
                .projection(new Document("outboxSince", 1)).first();
        return d == null ? Optional.empty() : Optional.of(d.getDate("outboxSince").toInstant());
    }

    public long count() {
        return media.countDocuments();
    }

    static FocalPoint focal(Document d) {
        return d == null ? FocalPoint.CENTRE : new FocalPoint(d.getDouble("x"), d.getDouble("y"));
    }
}
