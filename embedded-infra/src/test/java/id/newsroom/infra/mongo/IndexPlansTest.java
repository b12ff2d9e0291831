package id.newsroom.infra.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes are not only right but used: how many documents each query shape reads (the stand-in's docsExamined)
 * over 3,000 articles. A keyset page reads about its limit; a point lookup one document; only a query no index can
 * serve reads the whole collection.
 */
class IndexPlansTest {

    private static final int ARTICLES = 3_000;
    private static IndexedH2Backend backend;
    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> articles;
    private static RandomArticles data;

    @BeforeAll
    static void load() {
        backend = IndexedH2Backend.open(null);
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        articles = client.getDatabase("plans").getCollection("articles");
        articles.createIndexes(SecondaryIndexDifferentialTest.INDEXES);
        data = new RandomArticles(new Random(42));
        articles.insertMany(data.documents(ARTICLES));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachShapeReadsAboutWhatItReturns() {
        for (QueryShapes.Shape shape : QueryShapes.all(data)) {
            long before = collection().documentsRead();
            List<Document> found = shape.run(articles);
            long read = collection().documentsRead() - before;
            long bound = switch (shape.description()) {
                // no index starts with category.slug or publishedAt: a scan (stopped at the first match for a limit 1)
                case "category exists", "range alone, sorted" -> ARTICLES;
                case "status only, no sort", "pending events", "overdue count", "tags $in",
                        "sort on a partly multikey key", "$in with a sort" ->
                    2L * ARTICLES / 3; // a part of the whole
                // read in index order until 20 of one section in five match, as MongoDB does with these indexes
                case "newsroom list by category", "newsroom list by status, author" -> 10L * found.size() + 20;
                // a keyset page starts inside the run of documents sharing the cursor's time (test data has 15 times)
                default -> 3L * Math.max(found.size(), 1) + 6
                        + (shape.description().endsWith("next page") ? ARTICLES / 15 * 2 : 0);
            };
            assertThat(read).as(shape.description() + " read " + read + " for " + found.size())
                    .isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void anAggregationLedByMatchReadsOnlyTheMatches() {
        Bson due = Filters.and(Filters.eq("status", "SCHEDULED"),
                Filters.lte("scheduledAt", RandomArticles.TIMES.get(3)));
        long before = collection().documentsRead();
        long overdue = articles.countDocuments(due);
        long read = collection().documentsRead() - before;
        assertThat(overdue).isPositive();
        assertThat(read).isLessThanOrEqualTo(2 * overdue + 2);
        before = collection().documentsRead();
        assertThat(articles.aggregate(QueryShapes.OUTBOX_BACKLOG).first()).isNotNull();
        assertThat(collection().documentsRead() - before).isLessThan(ARTICLES * 2 / 3);
    }

    @Test
    void aKeysetWalkOnIdReadsAboutEachPage() {
        List<String> all = articles.find().projection(new Document("_id", 1)).into(new ArrayList<>()).stream()
                .map(d -> d.getString("_id")).sorted().toList();
        List<String> walked = new ArrayList<>();
        long before = collection().documentsRead();
        String after = null;
        while (true) {
            Bson filter = after == null ? new Document() : Filters.gt("_id", after);
            List<Document> page = articles.find(filter).projection(new Document("version", 1))
                    .sort(new Document("_id", 1)).limit(100).into(new ArrayList<>());
            page.forEach(d -> walked.add(d.getString("_id")));
            if (page.size() < 100) {
                break;
            }
            after = page.get(page.size() - 1).getString("_id");
        }
        assertThat(walked).isEqualTo(all).hasSize(ARTICLES);
        // every page, the first (no filter) included, reads its own 100 documents once; without the walk on _id each
        // of the 30 pages was a scan: 90,000
        assertThat(collection().documentsRead() - before).isLessThanOrEqualTo(ARTICLES + 30L);
    }

    /** feed's projection: an unordered bulk of compare-and-sets on {@code {_id, version}}, the stale ones too. */
    @Test
    void aCompareAndSetOnIdAndVersionReadsOneDocumentEach() {
        MongoCollection<Document> cas = client.getDatabase("plans").getCollection("cas");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            docs.add(new Document("_id", "a" + i).append("version", 2L).append("title", "t"));
        }
        cas.insertMany(docs);
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long held = i % 2 == 0 ? 2L : 1L; // every other one stale: matches nothing
            writes.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", "a" + i * 7), Filters.eq("version", held)),
                    Updates.combine(Updates.set("version", 3L), Updates.set("title", "u"))));
        }
        IndexedH2Collection stored = (IndexedH2Collection) backend.resolveDatabase("plans").resolveCollection("cas",
                true);
        long before = stored.documentsRead();
        BulkWriteResult result = cas.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        assertThat(result.getMatchedCount()).isEqualTo(50);
        assertThat(stored.documentsRead() - before).as("the _id index, not 100 scans of " + ARTICLES)
                .isLessThanOrEqualTo(100);
    }

    @Test
    void aScanReadsEverythingSoTheCountIsMeaningful() {
        long before = collection().documentsRead();
        articles.find(new Document("title", "nowhere")).into(new ArrayList<>());
        assertThat(collection().documentsRead() - before).isEqualTo(ARTICLES);
    }

    @Test
    void indexesAreRebuiltWhenAStoredDatabaseOpensAgain(@TempDir Path dir) {
        String file = dir.resolve("stand-in.mv").toString();
        Bson page = Filters.and(Filters.eq("status", "PUBLISHED"), Filters.eq("tags", "umkm"));
        List<Document> before;
        IndexedH2Backend first = IndexedH2Backend.open(file);
        MongoServer firstServer = new MongoServer(first);
        try (MongoClient c = MongoClients.create(firstServer.bindAndGetConnectionString())) {
            MongoCollection<Document> stored = c.getDatabase("plans").getCollection("articles");
            stored.createIndexes(SecondaryIndexDifferentialTest.INDEXES);
            stored.insertMany(new RandomArticles(new Random(7)).documents(500));
            before = stored.find(page).sort(QueryShapes.NEWEST_FIRST).limit(10).into(new ArrayList<>());
        }
        firstServer.shutdown(); // closes the H2 store

        IndexedH2Backend reopened = IndexedH2Backend.open(file);
        MongoServer server = new MongoServer(reopened);
        try (MongoClient c = MongoClients.create(server.bindAndGetConnectionString())) {
            IndexedH2Collection collection = (IndexedH2Collection) reopened.resolveDatabase("plans")
                    .resolveCollection("articles", true);
            assertThat(collection.getIndexes()).filteredOn(i -> i instanceof SecondaryIndex)
                    .hasSize(SecondaryIndexDifferentialTest.INDEXES.size() - 1)
                    .allSatisfy(i -> assertThat(i.getCount()).isPositive());
            long read = collection.documentsRead();
            List<Document> after = c.getDatabase("plans").getCollection("articles").find(page)
                    .sort(QueryShapes.NEWEST_FIRST).limit(10).into(new ArrayList<>());
            assertThat(after).isEqualTo(before).isNotEmpty();
            assertThat(collection.documentsRead() - read).isLessThanOrEqualTo(2L * after.size() + 2);
        } finally {
            server.shutdown();
        }
    }

    private static IndexedH2Collection collection() {
        return (IndexedH2Collection) backend.resolveDatabase("plans").resolveCollection("articles", true);
    }
}
