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
        return super.handleCommand(channel, command, query, resolver, oplog);
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
