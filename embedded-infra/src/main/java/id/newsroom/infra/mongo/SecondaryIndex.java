package id.newsroom.infra.mongo;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index (compound, ascending or descending keys, multikey, sparse) for mongo-java-server, which ignores
 * such indexes by itself. Entries are (key values in index order, document position), kept in memory in a sorted set
 * and rebuilt from the collection when the database opens (the library re-adds every index from its stored
 * description, see {@link IndexedH2Collection#addIndex}). Ties are ordered by position, i.e. by {@code _id}, the order
 * in which the H2 collection itself returns documents, so that a plan using the index returns what a scan returns.
 */
final class SecondaryIndex<P> extends Index<P> {

    private final Comparator<Object>[] directions;
    private final NavigableSet<IndexEntry> entries;
    private final boolean[] multikey;
    private final AtomicLong documents = new AtomicLong();

    @SuppressWarnings("unchecked")
    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        directions = new Comparator[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            directions[i] = KeyOrder.of(keys.get(i).isAscending());
        }
        entries = new ConcurrentSkipListSet<>(IndexEntry.comparator(directions));
        multikey = new boolean[keys.size()];
    }

    /** The entries of one document: one per element of an indexed array, the empty array as its own marker. */
    private Set<KeyValue> keyValuesOf(Document document) {
        Set<KeyValue> values = getKeyValues(document);
        if (values.isEmpty()) { // an empty array in an indexed field: MongoDB indexes it too, as 'undefined'
            Object[] withMarker = new Object[directions.length];
            for (int i = 0; i < withMarker.length; i++) {
                Object v = Utils.getSubdocumentValueCollectionAware(document, getKeys().get(i).getKey());
                withMarker[i] = v instanceof Collection<?> c && c.isEmpty() ? KeyOrder.EMPTY_ARRAY : v;
            }
            return Set.of(new KeyValue((Object[]) withMarker));
        }
        return values;
    }

    private boolean skippedBySparseness(Document document) {
        return isSparse() && keys().stream()
                .allMatch(key -> Utils.getSubdocumentValueCollectionAware(document, key) instanceof Missing);
    }

    @Override
    public P getPosition(Document document) {
        return null; // positions come from the _id index; a non-unique key does not name one document
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        if (!skippedBySparseness(document)) {
            getKeyValues(document); // throws for parallel arrays, as MongoDB refuses them
        }
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (skippedBySparseness(document)) {
            return;
        }
        for (int i = 0; i < multikey.length; i++) {
            if (Utils.getSubdocumentValueCollectionAware(document, getKeys().get(i).getKey()) instanceof Collection) {
                multikey[i] = true; // never reset, as in MongoDB: the sort order of this key is no longer the index's
            }
        }
        for (KeyValue keyValue : keyValuesOf(document)) {
            entries.add(IndexEntry.of(keyValue, position));
        }
        documents.incrementAndGet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public P remove(Document document) {
        Object position = document.get("_id"); // the H2 collection's position is the raw _id
        if (skippedBySparseness(document)) {
            return null;
        }
        boolean removed = false;
        for (KeyValue keyValue : keyValuesOf(document)) {
            removed |= entries.remove(IndexEntry.of(keyValue, position));
        }
        if (removed) {
            documents.decrementAndGet();
        }
        return (P) position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        checkAdd(newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    /** Queries are planned by {@link QueryPlanner}, which reads the entries directly. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("planned by QueryPlanner");
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
    }

    NavigableSet<IndexEntry> entries() {
        return entries;
    }

    /** Each key's order, as the entries are sorted (read, not written, by plans). */
    Comparator<Object>[] directions() {
        return directions;
    }

    boolean isMultikey(int key) {
        return multikey[key];
    }

    /** Whether every document of the collection has an entry, so that the index alone can order them all. */
    boolean coversEveryDocument(long collectionSize) {
        return !isSparse() && documents.get() == collectionSize;
    }

    boolean sparse() {
        return isSparse();
    }
}
