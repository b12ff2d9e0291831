package id.newsroom.feed.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.infra.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A read model written before 2026-12 (unique {@code versionKey} on every document) starts without it. */
class VersionKeyMigrationIT {

    private static final int OLD_DOCUMENTS = 1_200; // more than two chunks
    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theOldIndexGoesAtStartAndTheFieldInTheBackground() {
        String database = "feeds-migration-" + System.nanoTime();
        MongoDatabase db = client.getDatabase(database);
        MongoCollection<Document> old = db.getCollection(ReadModel.DEFAULT_COLLECTION);
        old.createIndex(Indexes.ascending("versionKey"), new IndexOptions().name("versionKey").unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < OLD_DOCUMENTS; i++) {
            documents.add(new Document("_id", "a" + i).append("version", 2L).append("versionKey", "a" + i + "#2"));
        }
        old.insertMany(documents);

        ReadModel readModel = new ReadModel(client, properties(database));

        assertThat(indexNames(old)).doesNotContain("versionKey").contains("_id_", "home", "slug");
        // two documents without the field: the old unique index would have refused the second (both null)
        old.insertOne(new Document("_id", "new1").append("version", 1L));
        old.insertOne(new Document("_id", "new2").append("version", 1L));

        new VersionKeyMigration(readModel).unsetInBackground();
        await().atMost(30, SECONDS).untilAsserted(
                () -> assertThat(old.countDocuments(Filters.exists("versionKey"))).isZero());
        assertThat(old.countDocuments()).isEqualTo(OLD_DOCUMENTS + 2L);
        assertThat(VersionKeyMigration.unsetField(old)).as("nothing left for the next start").isZero();
        assertThat(VersionKeyMigration.dropIndex(old)).isFalse();
        db.drop();
    }

    @Test
    void aRebuildUnderWayLosesTheOldIndexToo() {
        String database = "feeds-migration-" + System.nanoTime();
        MongoDatabase db = client.getDatabase(database);
        db.getCollection(ReadModel.META).insertOne(new Document("_id", ReadModel.POINTER)
                .append("active", "articles_1").append("building", "articles_2"));
        for (String name : List.of("articles_1", "articles_2")) {
            db.getCollection(name).createIndex(Indexes.ascending("versionKey"),
                    new IndexOptions().name("versionKey").unique(true));
        }

        new ReadModel(client, properties(database));

        assertThat(indexNames(db.getCollection("articles_1"))).doesNotContain("versionKey");
        assertThat(indexNames(db.getCollection("articles_2"))).doesNotContain("versionKey");
        db.drop();
    }

    private static List<String> indexNames(MongoCollection<Document> collection) {
        return collection.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>());
    }

    private static FeedProperties properties(String database) {
        return new Binder(new MapConfigurationPropertySource(Map.of("feed.database", database)))
                .bindOrCreate("feed", FeedProperties.class);
    }
}
