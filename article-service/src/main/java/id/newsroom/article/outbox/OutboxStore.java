package id.newsroom.article.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.util.ArrayList;
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
 * The outbox as the relay sees it: the array {@value #FIELD} of events inside each article document, pushed by the
 * same single-document write as the change they announce (editing's {@code ArticleStore}) and pulled here once
 * Kafka acknowledged them. The relay needs nothing else of an article, so this package knows none of its fields.
 */
@Component
public class OutboxStore {

    public static final String FIELD = "outbox";

    private final MongoCollection<Document> articles;

    public OutboxStore(MongoClient client, @Value("${spring.mongodb.database:articles}") String database) {
        this.articles = client.getDatabase(database).getCollection("articles");
    }

    /** Documents that still hold events for Kafka: only the id and the pending events are read. */
    public List<Document> withPendingEvents(int limit) {
        List<Document> docs = new ArrayList<>();
        articles.find(pendingFilter()).projection(Projections.include(FIELD)).limit(limit).forEach(docs::add);
        return docs;
    }

    /** Matches the documents with at least one event waiting (on the index {@code outbox_pending}). */
    public static Bson pendingFilter() {
        return gt(FIELD + ".time", new Date(0));
    }

    /** Removes acknowledged events, one per article, in one round trip (the relay's pass acknowledges hundreds). */
    public void markSent(Map<String, String> eventIdByArticle) {
        if (eventIdByArticle.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> pulls = new ArrayList<>(eventIdByArticle.size());
        eventIdByArticle.forEach((articleId, eventId) -> pulls.add(new UpdateOneModel<>(eq("_id", articleId),
                Updates.pull(FIELD, new Document("id", eventId)))));
        articles.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
    }

    MongoCollection<Document> collection() {
        return articles;
    }
}
