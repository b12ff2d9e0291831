package id.newsroom.infra.mongo;

import java.time.Instant;
import java.util.Comparator;

import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The order of one index key: MongoDB's order of values (the library's {@link ValueComparator}), ascending or
 * descending, plus three markers that sit outside it in index order whatever the direction: {@link #LOW} before every
 * entry, {@link #EMPTY_ARRAY} (how an empty array is indexed) next, {@link #HIGH} after every entry.
 */
final class KeyOrder implements Comparator<Object> {

    static final Object LOW = new Marker("LOW", 0);
    static final Object EMPTY_ARRAY = new Marker("EMPTY_ARRAY", 1);
    static final Object HIGH = new Marker("HIGH", 3);
    private static final int VALUE_RANK = 2;

    private static final KeyOrder ASCENDING = new KeyOrder(ValueComparator.asc());
    private static final KeyOrder DESCENDING = new KeyOrder(ValueComparator.desc());

    private final Comparator<Object> values;

    private KeyOrder(Comparator<Object> values) {
        this.values = values;
    }

    static KeyOrder of(boolean ascending) {
        return ascending ? ASCENDING : DESCENDING;
    }

    static KeyOrder ascending() {
        return ASCENDING;
    }

    /**
     * The smallest value of the same type as {@code bound} (null when not known), so that a one-sided range such as
     * {@code $lte: date} reads dates only, as MongoDB's type-bracketed bounds do, not the nulls and missing fields.
     */
    static Object lowestOfType(Object bound) {
        if (bound instanceof Instant) {
            return Instant.ofEpochMilli(Long.MIN_VALUE);
        }
        return bound instanceof Number ? Double.NEGATIVE_INFINITY : bound instanceof String ? "" : null;
    }

    /** The largest value of the same type as {@code bound}, null when not known (strings have none). */
    static Object highestOfType(Object bound) {
        if (bound instanceof Instant) {
            return Instant.ofEpochMilli(Long.MAX_VALUE);
        }
        return bound instanceof Number ? Double.POSITIVE_INFINITY : null;
    }

    @Override
    public int compare(Object a, Object b) {
        int rankA = a instanceof Marker m ? m.rank : VALUE_RANK;
        int rankB = b instanceof Marker m ? m.rank : VALUE_RANK;
        if (rankA != VALUE_RANK || rankB != VALUE_RANK) {
            return Integer.compare(rankA, rankB);
        }
        return values.compare(a, b);
    }

    private record Marker(String name, int rank) {}
}
