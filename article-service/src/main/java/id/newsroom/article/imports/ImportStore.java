package id.newsroom.article.imports;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.WriteModel;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.outbox.OutboxStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The import's view of the {@code articles} collection: bulk reads by {@code _id}, unordered bulk writes, and the
 * unique (sparse) {@code externalId} index that keeps one copy per external id even if an id ever changed.
 */
@Component
class ImportStore {

    static final String EXTERNAL_ID = "externalId";
    static final String FINGERPRINT = "importFingerprint";

    private final MongoCollection<Document> articles;

    ImportStore(ArticleStore store) {
        this.articles = store.collection();
        articles.createIndex(Indexes.ascending(EXTERNAL_ID),
                new IndexOptions().unique(true).sparse(true).name("external_id_unique"));
    }

    /** The stored state (without outbox and revisions) of those ids that exist. */
    Map<String, Document> findByIds(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        articles.find(in("_id", ids))
                .projection(Projections.exclude(OutboxStore.FIELD, OutboxStore.BULK_FIELD, "revisions"))
                .forEach(d -> found.put(d.getString("_id"), d));
        return found;
    }

    /** The article imported under this external id, by its id first (cheap) and then by the unique key. */
    Document find(String id, String externalId) {
        Document d = articles.find(eq("_id", id))
                .projection(Projections.exclude(OutboxStore.FIELD, OutboxStore.BULK_FIELD, "revisions")).first();
        return d != null
                ? d
                : articles.find(eq(EXTERNAL_ID, externalId))
                        .projection(Projections.exclude(OutboxStore.FIELD, OutboxStore.BULK_FIELD, "revisions"))
                        .first();
    }

    /** Why one write of a bulk did not happen. */
    enum Failure {
        SLUG_TAKEN, ALREADY_THERE, OTHER
    }

    record Outcome(int matched, Map<Integer, Failure> failures) {}

    /** Runs the writes unordered (one failure does not stop the others) and says which ones failed and why. */
    Outcome write(List<WriteModel<Document>> ops) {
        if (ops.isEmpty()) {
            return new Outcome(0, Map.of());
        }
        try {
            BulkWriteResult r = articles.bulkWrite(ops, new BulkWriteOptions().ordered(false));
            return new Outcome(r.getMatchedCount(), Map.of());
        } catch (MongoBulkWriteException e) {
            Map<Integer, Failure> failures = new HashMap<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                failures.put(error.getIndex(), classify(error.getCategory(), error.getMessage()));
            }
            return new Outcome(e.getWriteResult().getMatchedCount(), failures);
        }
    }

    static Failure classify(ErrorCategory category, String message) {
        if (category != ErrorCategory.DUPLICATE_KEY) {
            return Failure.OTHER;
        }
        return String.valueOf(message).contains("slug") ? Failure.SLUG_TAKEN : Failure.ALREADY_THERE;
    }

    MongoCollection<Document> collection() {
        return articles;
    }
}
