package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed stand-in returns exactly what the plain one (a collection scan per query) returns, for every query
 * shape the services issue ({@link QueryShapes}), over randomized collections with arrays, missing fields, nulls,
 * ties, dates, mixed types, updates and deletes. Sorted queries must agree in order too (ties are broken by _id as a
 * scan does); unsorted ones as sets, and with a limit the indexed answer must be that many of the scan's matches
 * (MongoDB promises no order without a sort).
 */
class SecondaryIndexDifferentialTest {

    private static MongoServer scanningServer;
    private static MongoServer indexedServer;
    private static MongoClient scanning;
    private static MongoClient indexed;

    @BeforeAll
    static void start() {
        scanningServer = new MongoServer(H2Backend.inMemory());
        indexedServer = new MongoServer(IndexedH2Backend.open(null));
        scanning = MongoClients.create(scanningServer.bindAndGetConnectionString());
        indexed = MongoClients.create(indexedServer.bindAndGetConnectionString());
    }

    @AfterAll
    static void stop() {
        scanning.close();
        indexed.close();
        scanningServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void indexedQueriesReturnWhatAScanReturns(long seed) {
        Random random = new Random(seed);
        String name = "c" + seed;
        MongoCollection<Document> expected = scanning.getDatabase("diff").getCollection(name);
        MongoCollection<Document> actual = indexed.getDatabase("diff").getCollection(name);
        for (MongoCollection<Document> c : List.of(expected, actual)) {
            c.createIndexes(INDEXES);
        }
        RandomArticles data = new RandomArticles(random);
        List<Document> docs = data.documents(300);
        expected.insertMany(copies(docs));
        actual.insertMany(copies(docs));

        int compared = 0;
        for (int round = 0; round < 6; round++) {
            for (QueryShapes.Shape shape : QueryShapes.all(data)) {
                compare(shape, expected, actual);
                compared++;
            }
            for (QueryShapes.Shape shape : QueryShapes.all(data)) { // countDocuments: an aggregation led by $match
                assertThat(actual.countDocuments(shape.filter())).as("count: " + shape.description())
                        .isEqualTo(expected.countDocuments(shape.filter()));
            }
            assertThat(actual.aggregate(QueryShapes.OUTBOX_BACKLOG).into(new ArrayList<>()))
                    .isEqualTo(expected.aggregate(QueryShapes.OUTBOX_BACKLOG).into(new ArrayList<>()));
            for (int i = 0; i < 25; i++) {
                data.randomWrite(expected, actual);
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(actual.countDocuments()).isEqualTo(expected.countDocuments());
    }

    private static void compare(QueryShapes.Shape shape, MongoCollection<Document> expected,
            MongoCollection<Document> actual) {
        List<Document> want = shape.run(expected);
        List<Document> got = shape.run(actual);
        if (shape.sort() != null) {
            assertThat(got).as(shape.description()).containsExactlyElementsOf(want);
        } else if (shape.limit() == 0) {
            assertThat(byId(got)).as(shape.description()).containsExactlyElementsOf(byId(want));
        } else {
            List<Document> all = shape.withoutLimit().run(expected);
            assertThat(got).as(shape.description()).hasSameSizeAs(want);
            assertThat(all).as(shape.description()).containsAll(got);
        }
    }

    private static List<Document> byId(List<Document> docs) {
        List<Document> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing((Function<Document, String>) d -> String.valueOf(d.get("_id"))));
        return sorted;
    }

    private static List<Document> copies(List<Document> docs) {
        return docs.stream().map(d -> Document.parse(d.toJson())).toList();
    }

    /** The indexes of article-service's and feed-service's collections, in one collection. */
    static final List<IndexModel> INDEXES = List.of(
            new IndexModel(Indexes.ascending("slug"), new IndexOptions().unique(true).sparse(true).name("slug_unique")),
            new IndexModel(Indexes.ascending("outbox.time"), new IndexOptions().name("outbox_pending")),
            new IndexModel(Indexes.ascending("status", "scheduledAt"), new IndexOptions().name("status_schedule")),
            new IndexModel(Indexes.descending("updatedAt", "_id"), new IndexOptions().name("newest_change")),
            new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("updatedAt", "_id")),
                    new IndexOptions().name("status_newest_change")),
            new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("publishedAt", "_id")),
                    new IndexOptions().name("home")),
            new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "category.slug"),
                    Indexes.descending("publishedAt", "_id")), new IndexOptions().name("category")),
            new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "tags"),
                    Indexes.descending("publishedAt", "_id")), new IndexOptions().name("tag")),
            new IndexModel(Indexes.compoundIndex(Indexes.ascending("status", "author.id"),
                    Indexes.descending("publishedAt", "_id")), new IndexOptions().name("author")),
            new IndexModel(Indexes.ascending("slugs"), new IndexOptions().name("slugs")),
            new IndexModel(Indexes.ascending("legacy.wordpressId"), new IndexOptions().sparse(true).name("legacy")));

    static Bson noFilter() {
        return new Document();
    }
}
