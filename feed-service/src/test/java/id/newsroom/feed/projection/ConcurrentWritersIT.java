package id.newsroom.feed.projection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import id.newsroom.feed.support.Events;
import id.newsroom.infra.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static id.newsroom.feed.projection.ProjectionWriter.Outcome.APPLIED;
import static id.newsroom.feed.projection.ProjectionWriter.Outcome.STALE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another writer changes an article between the writer's read of the held version and its bulk write (a rebuild
 * and the live consumer, or two instances during a rebalance): a newer version is never replaced by an older one.
 */
class ConcurrentWritersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MongoClient client;
    private final ProjectionWriter writer = new ProjectionWriter();
    private final EventDecoder decoder = new EventDecoder(JSON);
    private MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshCollection() {
        // no index but _id's: it alone keeps one document per article (see ArticleDocuments)
        collection = client.getDatabase("feeds-concurrency").getCollection("c" + System.nanoTime());
    }

    @Test
    void newerVersionWrittenMeanwhileWins() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", List.of("a"));
        writer.apply(List.of(event(v1)), collection);
        Map<String, Object> v5 = v1;
        for (int i = 0; i < 4; i++) {
            v5 = Events.next(v5, "edited", Map.of("title", "Versi lima"));
        }
        Map<String, Object> newer = v5;
        IncomingEvent v2 = event(Events.next(v1, "edited", Map.of("title", "Versi dua")));

        ProjectionWriter.Result r = writer.apply(List.of(v2),
                interfering(() -> writer.apply(List.of(event(newer)), collection)));

        assertThat(r.outcomes().get(v2)).isEqualTo(STALE);
        assertThat(r.changes()).isEmpty();
        assertThat(stored(id).getString("title")).isEqualTo("Versi lima");
    }

    @Test
    void olderVersionWrittenMeanwhileIsOvertaken() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", List.of("a"));
        writer.apply(List.of(event(v1)), collection);
        Map<String, Object> v2 = Events.next(v1, "edited", Map.of("title", "Versi dua"));
        IncomingEvent v3 = event(Events.next(v2, "edited", Map.of("title", "Versi tiga")));

        ProjectionWriter.Result r = writer.apply(List.of(v3),
                interfering(() -> writer.apply(List.of(event(v2)), collection)));

        assertThat(r.outcomes().get(v3)).isEqualTo(APPLIED);
        assertThat(stored(id).getString("title")).isEqualTo("Versi tiga");
        assertThat(((Number) stored(id).get("version")).longValue()).isEqualTo(3);
    }

    @Test
    void insertRaceIsDecidedByVersion() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", List.of("a"));
        Map<String, Object> v2 = Events.next(v1, "edited", Map.of("title", "Versi dua"));
        IncomingEvent first = event(v1);

        ProjectionWriter.Result r = writer.apply(List.of(first),
                interfering(() -> writer.apply(List.of(event(v2)), collection)));

        assertThat(r.outcomes().get(first)).isEqualTo(STALE);
        assertThat(stored(id).getString("title")).isEqualTo("Versi dua");
        assertThat(collection.countDocuments()).as("no second document").isEqualTo(1);
    }

    @Test
    void theCompareAndSetMatchesOnlyTheHeldVersion() {
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", List.of("a"));
        writer.apply(List.of(event(v1)), collection);
        Map<String, Object> v2 = Events.next(v1, "edited", Map.of("title", "Versi dua"));
        ArticleEvent v3 = event(Events.next(v2, "edited", Map.of("title", "Versi tiga"))).data();

        UpdateOneModel<Document> fromV2 = ArticleDocuments.compareAndSet(v3, 2);
        assertThat(collection.updateOne(fromV2.getFilter(), fromV2.getUpdate()).getMatchedCount()).isZero();
        UpdateOneModel<Document> fromV1 = ArticleDocuments.compareAndSet(v3, 1);
        assertThat(collection.updateOne(fromV1.getFilter(), fromV1.getUpdate()).getModifiedCount()).isEqualTo(1);

        assertThat(stored(id).getString("title")).isEqualTo("Versi tiga");
        assertThat(((Number) stored(id).get("version")).longValue()).isEqualTo(3);
        assertThat(stored(id)).doesNotContainKey("versionKey");
    }

    private Document stored(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }

    private IncomingEvent event(Map<String, Object> data) {
        return decoder.decode(JSON.writeValueAsBytes(data));
    }

    /** The collection, but the first bulk write is preceded by another writer's work. */
    @SuppressWarnings("unchecked")
    private MongoCollection<Document> interfering(Runnable otherWriter) {
        AtomicBoolean done = new AtomicBoolean();
        return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("bulkWrite") && done.compareAndSet(false, true)) {
                        otherWriter.run();
                    }
                    try {
                        return method.invoke(collection, args);
                    } catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
    }
}
