package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/** An H2 database whose collections plan queries over real secondary indexes (see {@link SecondaryIndex}). */
final class IndexedH2Database extends H2Database {

    // The names under which H2Database keeps a collection's documents and metadata in the MVStore (same file format).
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    // H2Database opens the existing collections in its constructor, before a field of this class could be set.
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    private static final ThreadLocal<List<IndexedH2Collection>> OPENED = new ThreadLocal<>();

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        OPENED.set(new ArrayList<>());
        try {
            IndexedH2Database database = new IndexedH2Database(databaseName, store, cursorRegistry);
            OPENED.get().forEach(IndexedH2Collection::fillOpenedIndexes); // one pass per collection, all its indexes
            return database;
        } finally {
            OPENING.remove();
            OPENED.remove();
        }
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
            Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document response = LeadingMatch.aggregate(this, query, resolver, oplog);
            if (response != null) {
                return response;
            }
        }
        if (command.equalsIgnoreCase("dropIndexes")) {
            return super.handleCommand(channel, command, byKey(query), resolver, oplog);
        }
        return super.handleCommand(channel, command, query, resolver, oplog);
    }

    /**
     * {@code dropIndexes} with an index name, rewritten to name the index by its key: by name, mongo-java-server
     * deletes the description of every index of that name in the database, so another collection's index of the same
     * name (the read model's active and side collection) stayed in force but vanished from listIndexes and from the
     * file. By key it deletes only this collection's.
     */
    private Document byKey(Document query) {
        if (!(query.get("index") instanceof String name) || "*".equals(name)
                || !(query.get("dropIndexes") instanceof String collection)) {
            return query;
        }
        Document wanted = new Document("name", name).append("ns", getFullCollectionNamespace(collection));
        for (Document description : getOrCreateIndexesCollection().handleQuery(wanted)) {
            Document rewritten = new Document(query);
            rewritten.put("index", description.get("key"));
            return rewritten;
        }
        return query; // no such index: the usual error
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new SecondaryIndex<>(indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore mvStore = store != null ? store : OPENING.get();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATA_MAP_PREFIX + fullName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_MAP_PREFIX + fullName);
        if (OPENED.get() == null) {
            return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }
        IndexedH2Collection opened = IndexedH2Collection.opening(this, collectionName, options, dataMap, metaMap,
                cursorRegistry);
        OPENED.get().add(opened);
        return opened;
    }
}
