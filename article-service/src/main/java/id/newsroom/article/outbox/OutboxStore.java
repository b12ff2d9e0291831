package id.newsroom.article.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outbox as the relay sees it: arrays of events inside each article document, pushed by the same single-document
 * write as the change they announce and pulled here once Kafka acknowledged them. Two lanes, one array each, so that
 * the relay finds an editor's change at once among a hundred thousand imported ones: {@link Lane#LIVE} (the desk, the
 * API, the scheduler, repairs) and {@link Lane#BULK} (archive imports). The relay needs nothing else of an article,
 * so this package knows none of its fields.
 */
@Component
public class OutboxStore {

    /** The outbox lanes, each an array of pending events in the article document, with its own index. */
    public enum Lane {
        LIVE("outbox"), BULK("outboxBulk");

        private final String field;

        Lane(String field) {
            this.field = field;
        }

        /** The document's array of this lane's pending events. */
        public String field() {
            return field;
        }

        /** Matches the documents with at least one event waiting in this lane (on the index of its {@code time}). */
        public Bson pendingFilter() {
            return gt(field + ".time", new Date(0));
        }
    }

    /** The live lane's array: every change but an import. */
    public static final String FIELD = Lane.LIVE.field();

    /** The bulk lane's array: archive imports. */
    public static final String BULK_FIELD = Lane.BULK.field();

    private final MongoCollection<Document> articles;

    public OutboxStore(MongoClient client, @Value("${spring.mongodb.database:articles}") String database) {
        this.articles = client.getDatabase(database).getCollection("articles");
    }

    /** Documents with events waiting in {@code lane}: only the id and the pending events of both lanes are read. */
    public List<Document> withPendingEvents(Lane lane, int limit) {
        List<Document> docs = new ArrayList<>();
        if (limit > 0) {
            articles.find(lane.pendingFilter()).projection(Projections.include(FIELD, BULK_FIELD)).limit(limit)
                    .forEach(docs::add);
        }
        return docs;
    }

    /** The events of both lanes in this document, oldest version first. */
    public static List<PendingEvent> pendingEvents(Document doc) {
        List<PendingEvent> events = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            doc.getList(lane.field(), Document.class, List.of()).forEach(e -> events.add(PendingEvent.from(e)));
        }
        events.sort(Comparator.comparingLong(PendingEvent::version));
        return events;
    }

    /** Whether this document (read with both lanes' arrays) still holds an event for Kafka. */
    public static boolean holdsEvents(Document doc) {
        for (Lane lane : Lane.values()) {
            if (!doc.getList(lane.field(), Object.class, List.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Removes acknowledged events, one per article, in one round trip (the relay's pass acknowledges hundreds). */
    public void markSent(Map<String, String> eventIdByArticle) {
        if (eventIdByArticle.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> pulls = new ArrayList<>(eventIdByArticle.size());
        eventIdByArticle.forEach((articleId, eventId) -> pulls.add(new UpdateOneModel<>(eq("_id", articleId),
                Updates.combine(Updates.pull(FIELD, new Document("id", eventId)),
                        Updates.pull(BULK_FIELD, new Document("id", eventId))))));
        articles.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
    }

    MongoCollection<Document> collection() {
        return articles;
    }
}
