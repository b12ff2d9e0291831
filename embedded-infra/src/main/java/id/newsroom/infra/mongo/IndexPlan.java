package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import id.newsroom.infra.mongo.QueryBounds.Bound;

/**
 * How one secondary index can serve one query: exact values for a prefix of its keys ({@code equalityKeys}), then
 * optionally a range on the next key, and whether scanning it returns documents in the query's sort order (forward
 * or backward). Scanning yields candidate positions; the caller still applies the whole query to each.
 */
final class IndexPlan {

    private static final int MAX_VALUE_COMBINATIONS = 64;

    final SecondaryIndex<?> index;
    final int equalityKeys;
    final boolean range;
    final boolean ordered;
    final boolean backward;
    private final int sortKeys;
    private final List<IndexEntry[]> scans;

    private IndexPlan(SecondaryIndex<?> index, int equalityKeys, boolean range, boolean ordered, boolean backward,
            int sortKeys, List<IndexEntry[]> scans) {
        this.index = index;
        this.equalityKeys = equalityKeys;
        this.range = range;
        this.ordered = ordered;
        this.backward = backward;
        this.sortKeys = sortKeys;
        this.scans = scans;
    }

    /** The plan for this index, or null when the index cannot help (no bounded prefix and no usable order). */
    static IndexPlan of(SecondaryIndex<?> index, Map<String, Bound> bounds, Document orderBy, long collectionSize) {
        List<IndexKey> keys = index.getKeys();
        List<List<Object>> prefixes = new ArrayList<>(List.of(List.of()));
        int equality = 0;
        Bound rangeBound = null;
        for (IndexKey key : keys) {
            Bound bound = bounds.get(key.getKey());
            if (bound == null) {
                break;
            }
            if (!bound.isPoints()) {
                rangeBound = bound;
                break;
            }
            if (prefixes.size() * bound.points().size() > MAX_VALUE_COMBINATIONS) {
                break;
            }
            prefixes = extend(prefixes, bound.points());
            equality++;
        }
        boolean bounded = equality > 0 || rangeBound != null;
        Boolean backward = followsOrder(index, equality, orderBy, prefixes.size());
        boolean ordered = backward != null;
        if (!bounded && !(ordered && index.coversEveryDocument(collectionSize))) {
            return null; // a sparse or partial index must not stand for the whole collection
        }
        List<IndexEntry[]> scans = new ArrayList<>();
        for (List<Object> prefix : prefixes) {
            IndexEntry[] scan = scan(index, prefix, rangeBound);
            if (scan != null) {
                scans.add(scan);
            }
        }
        int sortKeys = ordered ? orderBy.size() : 0;
        return new IndexPlan(index, equality, rangeBound != null, ordered, Boolean.TRUE.equals(backward),
                sortKeys, scans);
    }

    int score() {
        return equalityKeys * 2 + (range ? 1 : 0);
    }

    /** Candidates in index order, stopping early when the consumer has enough. */
    Iterator<Object> positions() {
        return new PlanIterator(this);
    }

    /** Counts candidate entries up to {@code limit}: a cheap estimate of this plan's cost. */
    long countUpTo(long limit) {
        long n = 0;
        for (IndexEntry[] scan : scans) {
            for (Iterator<IndexEntry> it = index.entries().subSet(scan[0], true, scan[1], true).iterator(); it.hasNext()
                    && n < limit; it.next()) {
                n++;
            }
        }
        return n;
    }

    List<NavigableSet<IndexEntry>> ranges() {
        List<NavigableSet<IndexEntry>> out = new ArrayList<>();
        for (IndexEntry[] scan : scans) {
            NavigableSet<IndexEntry> part = index.entries().subSet(scan[0], true, scan[1], true);
            out.add(backward ? part.descendingSet() : part);
        }
        return out;
    }

    /** Entries that tie on the sort keys (and the equal prefix): the scan returns them by position instead. */
    boolean tie(IndexEntry a, IndexEntry b) {
        return a.samePrefix(b, equalityKeys + sortKeys, index.directions());
    }

    /** null: the index order does not give the sort; otherwise whether to read it backwards. */
    private static Boolean followsOrder(SecondaryIndex<?> index, int equality, Document orderBy, int prefixes) {
        if (orderBy == null || orderBy.isEmpty() || orderBy.containsKey("$natural") || prefixes != 1) {
            return null;
        }
        List<IndexKey> keys = index.getKeys();
        if (equality + orderBy.size() > keys.size()) {
            return null;
        }
        Boolean backward = null;
        int i = equality;
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            IndexKey key = keys.get(i);
            if (!key.getKey().equals(sort.getKey()) || index.isMultikey(i)
                    || !(sort.getValue() instanceof Number direction)) {
                return null;
            }
            boolean reversed = (direction.intValue() > 0) != key.isAscending();
            if (backward != null && backward != reversed) {
                return null;
            }
            backward = reversed;
            i++;
        }
        return backward;
    }

    private static List<List<Object>> extend(List<List<Object>> prefixes, List<Object> values) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> prefix : prefixes) {
            for (Object value : values) {
                List<Object> longer = new ArrayList<>(prefix);
                longer.add(value);
                out.add(longer);
            }
        }
        return out;
    }

    /** The first and last entry to read for one prefix of exact values, or null when the range is empty. */
    private static IndexEntry[] scan(SecondaryIndex<?> index, List<Object> prefix, Bound range) {
        int n = index.getKeys().size();
        Object[] from = new Object[n];
        Object[] to = new Object[n];
        for (int i = 0; i < n; i++) {
            if (i < prefix.size()) {
                from[i] = prefix.get(i);
                to[i] = prefix.get(i);
            } else if (i == prefix.size() && range != null) {
                boolean ascending = index.getKeys().get(i).isAscending();
                Object lower = range.lower() != null ? range.lower() : KeyOrder.lowestOfType(range.upper());
                Object upper = range.upper() != null ? range.upper() : KeyOrder.highestOfType(range.lower());
                Object first = ascending ? lower : upper;
                Object last = ascending ? upper : lower;
                from[i] = first == null ? KeyOrder.LOW : first;
                to[i] = last == null ? KeyOrder.HIGH : last;
            } else {
                from[i] = KeyOrder.LOW;
                to[i] = KeyOrder.HIGH;
            }
        }
        IndexEntry first = new IndexEntry(from, KeyOrder.LOW);
        IndexEntry last = new IndexEntry(to, KeyOrder.HIGH);
        return index.entries().comparator().compare(first, last) > 0 ? null : new IndexEntry[]{first, last};
    }
}
