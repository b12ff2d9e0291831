package id.newsroom.infra.mongo;

import java.util.Arrays;
import java.util.Comparator;

import de.bwaldvogel.mongo.backend.KeyValue;

/** One index entry: the indexed values in key order and the document's position; also used as a search bound. */
record IndexEntry(Object[] values, Object position) {

    static IndexEntry of(KeyValue keyValue, Object position) {
        Object[] values = new Object[keyValue.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keyValue.get(i);
        }
        return new IndexEntry(values, position);
    }

    /** Index order: each key in its direction, then the position ascending (the order of a collection scan). */
    static Comparator<IndexEntry> comparator(Comparator<Object>[] directions) {
        return (a, b) -> {
            for (int i = 0; i < directions.length; i++) {
                int c = directions[i].compare(a.values[i], b.values[i]);
                if (c != 0) {
                    return c;
                }
            }
            return KeyOrder.ascending().compare(a.position, b.position);
        };
    }

    /** Whether two entries hold equal values in their first {@code n} keys. */
    boolean samePrefix(IndexEntry other, int n, Comparator<Object>[] directions) {
        for (int i = 0; i < n; i++) {
            if (directions[i].compare(values[i], other.values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexEntry e && Arrays.equals(values, e.values) && position.equals(e.position);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + position.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + "@" + position;
    }
}
