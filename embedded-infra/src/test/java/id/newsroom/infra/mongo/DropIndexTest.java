package id.newsroom.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.newsroom.infra.MongoStandIn;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Dropping an index by name drops that collection's only, as MongoDB does (feed's read model has two at times). */
class DropIndexTest {

    @Test
    void anotherCollectionsIndexOfTheSameNameStays() {
        try (MongoStandIn mongo = MongoStandIn.start(null, 0);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase db = client.getDatabase("feeds");
            MongoCollection<Document> active = db.getCollection("articles_1");
            MongoCollection<Document> side = db.getCollection("articles_2");
            for (MongoCollection<Document> c : List.of(active, side)) {
                c.createIndex(Indexes.ascending("key"), new IndexOptions().name("key").unique(true));
            }

            active.dropIndex("key");

            assertThat(names(active)).containsExactly("_id_");
            assertThat(names(side)).containsExactlyInAnyOrder("_id_", "key");
            active.insertOne(new Document("_id", "a"));
            active.insertOne(new Document("_id", "b")); // both without key: no unique index left to refuse it
            side.insertOne(new Document("_id", "a"));
            assertThatThrownBy(() -> side.insertOne(new Document("_id", "b"))).isInstanceOf(MongoWriteException.class);
            side.dropIndex("key");
            side.insertOne(new Document("_id", "b"));
            assertThatThrownBy(() -> side.dropIndex("key")).isInstanceOf(MongoCommandException.class);
            db.drop(); // failed while an index was in force that the descriptions no longer named
        }
    }

    private static List<String> names(MongoCollection<Document> c) {
        return c.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>());
    }
}
