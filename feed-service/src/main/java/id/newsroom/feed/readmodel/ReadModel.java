package id.newsroom.feed.readmodel;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.newsroom.feed.config.FeedProperties;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;

/**
 * Where the read model lives. Readers use the active collection; during a rebuild a side collection is filled too and
 * then becomes active in one pointer switch (the meta document), so no reader ever sees a half-built timeline.
 */
@Component
public class ReadModel {

    static final String META = "readmodel_meta";
    static final String POINTER = "articles";
    static final String DEFAULT_COLLECTION = "articles";

    private final MongoDatabase db;
    private volatile String active;
    private volatile String building;
    // Last-Modified of a read with no item to date it: when this instance began serving the read model.
    private final java.time.Instant servingSince = java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    public ReadModel(MongoClient client, FeedProperties props) {
        this.db = client.getDatabase(props.database());
        Document meta = db.getCollection(META).find(eq("_id", POINTER)).first();
        this.active = meta == null || meta.getString("active") == null ? DEFAULT_COLLECTION : meta.getString("active");
        this.building = meta == null ? null : meta.getString("building");
        ensureIndexes(active);
        if (building != null) {
            ensureIndexes(building); // a rebuild under way is written to as well
        }
    }

    /** The date for an empty timeline or feed (HTTP Last-Modified needs one, and 1970 would be a lie). */
    public java.time.Instant servingSince() {
        return servingSince;
    }

    public MongoDatabase database() {
        return db;
    }

    public String activeName() {
        return active;
    }

    public MongoCollection<Document> active() {
        return db.getCollection(active);
    }

    /** The side collection a rebuild is filling, or null. */
    public String buildingName() {
        return building;
    }

    /** Announces a side collection: every instance's consumer writes new events into it as well. */
    public synchronized void startBuilding(String name) {
        ensureIndexes(name);
        building = name;
        pointer(Updates.set("building", name));
    }

    public synchronized void abandonBuilding() {
        String name = building;
        building = null;
        pointer(Updates.unset("building"));
        if (name != null) {
            db.getCollection(name).drop();
        }
    }

    /** Makes the side collection active for every reader, then drops the old one. */
    public synchronized void switchToBuilding() {
        String next = building;
        String previous = active;
        pointer(Updates.combine(Updates.set("active", next), Updates.unset("building")));
        active = next;
        building = null;
        db.getCollection(previous).drop();
    }

    private void pointer(org.bson.conversions.Bson update) {
        db.getCollection(META).findOneAndUpdate(eq("_id", POINTER), update,
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    // Other instances follow the pointer: they dual-write while a rebuild runs and switch when it moves.
    @Scheduled(fixedDelayString = "${feed.readmodel.pointer-refresh:5s}")
    synchronized void refreshPointer() {
        Document meta = db.getCollection(META).find(eq("_id", POINTER)).first();
        if (meta == null) {
            return;
        }
        String metaActive = meta.getString("active");
        if (metaActive != null && !metaActive.equals(active)) {
            active = metaActive;
        }
        String metaBuilding = meta.getString("building");
        if (metaBuilding != null && !metaBuilding.equals(building)) {
            // another instance's rebuild: one of an older release made it with the old unique index we'd collide in
            VersionKeyMigration.dropIndex(db.getCollection(metaBuilding));
        }
        building = metaBuilding;
    }

    public void ensureIndexes(String collection) {
        VersionKeyMigration.dropIndex(db.getCollection(collection));
        db.getCollection(collection).createIndexes(List.of(
                new IndexModel(
                        Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("publishedAt", "_id")),
                        new IndexOptions().name("home")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "category.slug"),
                        Indexes.descending("publishedAt", "_id")), new IndexOptions().name("category")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "tags"),
                        Indexes.descending("publishedAt", "_id")), new IndexOptions().name("tag")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "author.id"),
                        Indexes.descending("publishedAt", "_id")), new IndexOptions().name("author")),
                new IndexModel(Indexes.ascending("slug"), new IndexOptions().name("slug")),
                new IndexModel(Indexes.ascending("slugs"), new IndexOptions().name("slugs")),
                new IndexModel(Indexes.ascending("legacy.wordpressId"), new IndexOptions().name("legacyWordpressId"))));
    }
}
