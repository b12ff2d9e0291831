package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The H2 collection with query planning over secondary indexes: candidates come from the chosen index, the query is
 * applied to each, and a query whose sort the index order gives stops reading once it has {@code skip + limit}
 * matches (a keyset page reads about {@code limit} documents, not the whole timeline).
 */
final class IndexedH2Collection extends H2Collection {

    private final LongAdder documentsRead = new LongAdder();
    private final List<SecondaryIndex<Object>> toFill = new ArrayList<>();
    private boolean opening;
    private final MVMap<Object, Document> documentsById;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.documentsById = dataMap;
    }

    /** A collection opened with its database: its indexes are filled together once the database is open. */
    static IndexedH2Collection opening(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
            CursorRegistry cursorRegistry) {
        IndexedH2Collection c = new IndexedH2Collection(database, collectionName, options, dataMap, metaMap,
                cursorRegistry);
        c.opening = true;
        return c;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        List<Object> page = limit > 0 ? keysetPageOnId(query, orderBy, skip + limit) : null;
        if (page != null) {
            return matchDocuments(query, page, orderBy, skip, limit, batchSize, fieldSelector);
        }
        QueryPlanner.Choice choice = QueryPlanner.choose(getIndexes(), query, orderBy, skip, limit, count());
        if (choice == null) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        Iterable<Object> candidates;
        if (choice.ordered()) {
            candidates = limit > 0
                    ? firstMatches(choice.plan().positions(), query, skip + limit)
                    : () -> choice.plan().positions();
        } else {
            Iterable<Object> unordered = choice.plan() != null ? () -> choice.plan().positions() : choice.positions();
            candidates = orderBy == null || orderBy.isEmpty() ? unordered : inScanOrder(unordered);
        }
        return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * A keyset page on {@code _id} (no filter, or {@code {_id: {$gt: last}}}, sorted by {@code _id}), as the drift
     * audit and the read-model listings walk a collection: the documents are stored by {@code _id}, so MongoDB's walk
     * of its {@code _id} index is a key iterator from the bound, and the keys are the candidates without reading a
     * document. The planner knows only the secondary indexes, so each such page read the whole collection (an audit
     * of 100,000 articles ran for more than ten minutes). Other filters on {@code _id} read in key order until enough
     * match. String ids only: the stored order of other types need not be MongoDB's (null: let the scan answer).
     */
    private List<Object> keysetPageOnId(Document query, Document orderBy, int wanted) {
        if (orderBy == null || orderBy.size() != 1 || !(orderBy.get("_id") instanceof Number n) || n.intValue() != 1) {
            return null;
        }
        if (query.isEmpty()) {
            return stringKeysAfter(null, wanted);
        }
        Map<String, QueryBounds.Bound> bounds = QueryBounds.of(query);
        QueryBounds.Bound id = bounds.get("_id");
        if (bounds.size() != 1 || id == null || id.isPoints() || !(id.lower() instanceof String from)) {
            return null;
        }
        boolean gtOnly = query.size() == 1 && query.get("_id") instanceof Document op && op.size() == 1
                && op.containsKey("$gt");
        return gtOnly ? stringKeysAfter(from, wanted) : firstMatches(documentsById.keyIterator(from), query, wanted);
    }

    /** The first {@code wanted} keys after {@code after} (all from the start when null); null at a non-string key. */
    private List<Object> stringKeysAfter(String after, int wanted) {
        List<Object> found = new ArrayList<>(wanted);
        Iterator<Object> keys = documentsById.keyIterator(after);
        while (found.size() < wanted && keys.hasNext()) {
            Object key = keys.next();
            if (!(key instanceof String)) {
                return null;
            }
            if (!key.equals(after)) {
                found.add(key);
            }
        }
        return found;
    }

    /** Documents read by queries so far: what a plan costs (a scan reads them all), as MongoDB's docsExamined. */
    long documentsRead() {
        return documentsRead.sum();
    }

    @Override
    protected Document getDocument(Object position) {
        documentsRead.increment();
        return super.getDocument(position);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        documentsRead.add(count()); // a collection scan
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** Reads candidates in index order until {@code wanted} of them match the query. */
    private List<Object> firstMatches(Iterator<Object> candidates, Document query, int wanted) {
        List<Object> matches = new ArrayList<>(wanted);
        while (matches.size() < wanted && candidates.hasNext()) {
            Object position = candidates.next();
            Document document = getDocument(position);
            if (document != null && documentMatchesQuery(document, query)) {
                matches.add(position);
            }
        }
        return matches;
    }

    /** Candidates in position order, so that the library's stable sort breaks ties as after a collection scan. */
    private static Iterable<Object> inScanOrder(Iterable<Object> positions) {
        TreeSet<Object> ordered = new TreeSet<>(KeyOrder.ascending());
        positions.forEach(ordered::add);
        return ordered;
    }

    /**
     * One pass over the documents fills a new secondary index (the library would read them twice). While the database
     * opens, the indexes it re-adds are only registered, and {@link #fillOpenedIndexes} fills them all in one pass.
     */
    @Override
    public synchronized void addIndex(Index<Object> index) {
        boolean known = getIndexes().stream().anyMatch(i -> i.getName().equals(index.getName()));
        if (index instanceof SecondaryIndex<Object> secondary && secondary.isEmpty() && !known) {
            if (opening) {
                getIndexes().add(secondary);
                toFill.add(secondary);
                return;
            }
            streamAllDocumentsWithPosition().forEach(d -> secondary.add(d.getDocument(), d.getPosition(), this));
        }
        super.addIndex(index);
    }

    synchronized void fillOpenedIndexes() {
        opening = false;
        if (!toFill.isEmpty()) {
            streamAllDocumentsWithPosition()
                    .forEach(d -> toFill.forEach(i -> i.add(d.getDocument(), d.getPosition(), this)));
            toFill.clear();
        }
    }
}
