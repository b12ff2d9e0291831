package id.newsroom.infra.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * What a query says about each field that an index can use: a set of exact values, or a range. The bounds are
 * always a superset of what the query matches (the query itself is still applied to every candidate), so anything
 * not understood here is simply left out: other operators, regular expressions, nulls, arrays and sub-documents.
 * Fields come from the top level and from {@code $and}; an {@code $or} contributes the fields that every branch
 * bounds, widened to cover all branches (so a keyset cursor's {@code a < x or (a = x and _id < y)} gives {@code a <= x}).
 */
final class QueryBounds {

    /** Exact values ({@code points} non-null), else a range whose null ends are open. */
    record Bound(List<Object> points, Object lower, Object upper) {

        static Bound points(List<Object> values) {
            return new Bound(List.copyOf(values), null, null);
        }

        static Bound range(Object lower, Object upper) {
            return new Bound(null, lower, upper);
        }

        boolean isPoints() {
            return points != null;
        }

        /** Both bounds hold for matching documents: keep the narrower information. */
        Bound intersect(Bound other) {
            if (isPoints()) {
                return this;
            }
            if (other.isPoints()) {
                return other;
            }
            Object low = lower == null
                    ? other.lower
                    : other.lower == null ? lower : max(lower, other.lower);
            Object high = upper == null
                    ? other.upper
                    : other.upper == null ? upper : min(upper, other.upper);
            return range(low, high);
        }

        /** Either bound holds: the smallest bound that covers both. */
        Bound union(Bound other) {
            if (isPoints() && other.isPoints()) {
                Set<Object> all = new LinkedHashSet<>(points);
                all.addAll(other.points);
                return points(new ArrayList<>(all));
            }
            Object low = lower(this) == null || lower(other) == null ? null : min(lower(this), lower(other));
            Object high = upper(this) == null || upper(other) == null ? null : max(upper(this), upper(other));
            return low == null && high == null ? null : range(low, high);
        }

        private static Object lower(Bound b) {
            return b.isPoints() ? b.points.stream().reduce(Bound::min).orElseThrow() : b.lower;
        }

        private static Object upper(Bound b) {
            return b.isPoints() ? b.points.stream().reduce(Bound::max).orElseThrow() : b.upper;
        }

        private static Object min(Object a, Object b) {
            return KeyOrder.ascending().compare(a, b) <= 0 ? a : b;
        }

        private static Object max(Object a, Object b) {
            return KeyOrder.ascending().compare(a, b) >= 0 ? a : b;
        }
    }

    private QueryBounds() {}

    static Map<String, Bound> of(Document query) {
        Map<String, Bound> bounds = new HashMap<>();
        for (Map.Entry<String, Object> clause : query.entrySet()) {
            String key = clause.getKey();
            Object value = clause.getValue();
            if (key.equals("$and") && value instanceof Collection<?> all) {
                for (Object part : all) {
                    if (part instanceof Document d) {
                        of(d).forEach((field, bound) -> bounds.merge(field, bound, Bound::intersect));
                    }
                }
            } else if (key.equals("$or") && value instanceof Collection<?> any) {
                eitherOf(any).forEach((field, bound) -> bounds.merge(field, bound, Bound::intersect));
            } else if (!key.startsWith("$")) {
                Bound bound = fieldBound(value);
                if (bound != null) {
                    bounds.merge(key, bound, Bound::intersect);
                }
            }
        }
        return bounds;
    }

    private static Map<String, Bound> eitherOf(Collection<?> branches) {
        Map<String, Bound> common = null;
        for (Object branch : branches) {
            if (!(branch instanceof Document d)) {
                return Map.of();
            }
            Map<String, Bound> these = of(d);
            if (common == null) {
                common = new HashMap<>(these);
                continue;
            }
            common.keySet().retainAll(these.keySet());
            for (String field : List.copyOf(common.keySet())) {
                Bound widened = common.get(field).union(these.get(field));
                if (widened == null) {
                    common.remove(field);
                } else {
                    common.put(field, widened);
                }
            }
        }
        return common == null ? Map.of() : common;
    }

    private static Bound fieldBound(Object value) {
        if (isScalar(value)) {
            return Bound.points(List.of(value));
        }
        if (!(value instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return null; // sub-document equality
        }
        if (operators.containsKey("$regex")) {
            return null;
        }
        Object eq = operators.get("$eq");
        if (isScalar(eq)) {
            return Bound.points(List.of(eq));
        }
        if (operators.get("$in") instanceof Collection<?> in && !in.isEmpty()
                && in.stream().allMatch(QueryBounds::isScalar)) {
            return Bound.points(new ArrayList<>(in));
        }
        Bound range = null;
        for (String op : List.of("$gt", "$gte", "$lt", "$lte")) {
            Object limit = operators.get(op);
            if (isScalar(limit)) {
                Bound one = op.startsWith("$g") ? Bound.range(limit, null) : Bound.range(null, limit);
                range = range == null ? one : range.intersect(one);
            }
        }
        return range;
    }

    /** Values whose equality and order an index entry shows exactly (no nulls: they also match missing fields). */
    static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Instant || v instanceof Boolean
                || v instanceof ObjectId || v instanceof UUID;
    }
}
