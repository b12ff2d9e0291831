package id.newsroom.feed.readmodel;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes {@code versionKey} ({@code <id>#<version>}, unique index) from read models written before 2026-12, when the
 * projection's compare-and-set filtered on it alone because the stand-in of the time scanned for a filter of two
 * fields; it filters on {@code {_id, version}} now. The index goes before anything is written
 * ({@link ReadModel#ensureIndexes}): new documents lack the field and would collide on null in it. The field goes
 * after the start, in the background, since rewriting a 100,000-article read model must not hold the start; an
 * interrupted run resumes at the next start (nothing reads the field meanwhile).
 */
@Component
public class VersionKeyMigration {

    static final String FIELD = "versionKey";
    static final String INDEX = "versionKey";
    private static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(VersionKeyMigration.class);

    private final ReadModel readModel;

    public VersionKeyMigration(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** Drops the old unique index if {@code collection} still has it; true when it did. */
    static boolean dropIndex(MongoCollection<Document> collection) {
        for (Document index : collection.listIndexes()) {
            if (INDEX.equals(index.getString("name"))) {
                collection.dropIndex(INDEX);
                log.info("Dropped the unique index {} of read model {}", INDEX,
                        collection.getNamespace().getCollectionName());
                return true;
            }
        }
        return false;
    }

    @EventListener(ApplicationReadyEvent.class)
    void unsetInBackground() {
        List<String> names = new ArrayList<>(List.of(readModel.activeName()));
        if (readModel.buildingName() != null) {
            names.add(readModel.buildingName());
        }
        Thread cleanup = new Thread(() -> names.forEach(this::unsetLogged), "versionkey-cleanup");
        cleanup.setDaemon(true); // a stop may cut it short: the next start finishes
        cleanup.start();
    }

    private void unsetLogged(String name) {
        try {
            long changed = unsetField(readModel.database().getCollection(name));
            if (changed > 0) {
                log.info("Removed {} from {} documents of read model {}", FIELD, changed, name);
            }
        } catch (MongoException | IllegalStateException e) { // MongoDB away, or the client closed by a stop
            log.warn("Could not remove {} from read model {} ({}); the next start tries again", FIELD, name,
                    e.toString());
        }
    }

    /**
     * Unsets the field in chunks of {@value #CHUNK} ids: one pass over the collection for the ids, short updates
     * through the {@code _id} index, so the projection's writes interleave instead of waiting for one long update.
     */
    static long unsetField(MongoCollection<Document> collection) {
        long changed = 0;
        List<Object> ids = new ArrayList<>(CHUNK);
        try (MongoCursor<Document> cursor = collection.find(Filters.exists(FIELD))
                .projection(Projections.include("_id")).batchSize(CHUNK).iterator()) {
            while (cursor.hasNext()) {
                ids.add(cursor.next().get("_id"));
                if (ids.size() == CHUNK) {
                    changed += unset(collection, ids);
                    ids.clear();
                }
            }
        }
        return ids.isEmpty() ? changed : changed + unset(collection, ids);
    }

    private static long unset(MongoCollection<Document> collection, List<Object> ids) {
        return collection.updateMany(Filters.in("_id", ids), Updates.unset(FIELD)).getModifiedCount();
    }
}
