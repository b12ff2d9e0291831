package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import id.newsroom.infra.mongo.QueryBounds.Bound;

/**
 * Chooses how to find a query's candidates: exact values on a single-key unique index ({@code _id} included, also
 * inside {@code $and}), else the secondary index that bounds the most keys (preferring one that also gives the sort
 * order), else an index that gives the sort order alone when the query has a limit, else a collection scan (null).
 * When the best bounded index would still make many candidates to be sorted in memory and another index reads them in
 * order, the ordered one wins: a small, honest stand-in for MongoDB's plan race.
 */
final class QueryPlanner {

    /** Chosen candidates: either explicit positions (unique keys) or an index plan to read lazily. */
    record Choice(Iterable<Object> positions, IndexPlan plan) {

        boolean ordered() {
            return plan != null && plan.ordered;
        }
    }

    private static final long ESTIMATE_LIMIT = 1_000;

    private QueryPlanner() {}

    static Choice choose(List<? extends Index<?>> indexes, Document query, Document orderBy, int skip, int limit,
            long collectionSize) {
        Map<String, Bound> bounds = QueryBounds.of(query);
        boolean sorted = orderBy != null && !orderBy.isEmpty();
        if (bounds.isEmpty() && !(sorted && limit > 0)) {
            return null;
        }
        for (Index<?> index : indexes) {
            List<IndexKey> keys = index.getKeys();
            Bound bound = keys.size() == 1 ? bounds.get(keys.get(0).getKey()) : null;
            if (index.isUnique() && bound != null && bound.isPoints()) {
                return new Choice(uniquePositions(index, keys.get(0).getKey(), bound.points()), null);
            }
        }
        IndexPlan best = null;
        IndexPlan bestOrdered = null;
        for (Index<?> index : indexes) {
            if (!(index instanceof SecondaryIndex<?> secondary)) {
                continue;
            }
            IndexPlan plan = IndexPlan.of(secondary, bounds, orderBy, collectionSize);
            if (plan == null) {
                continue;
            }
            if (plan.score() > 0 && (best == null || plan.score() > best.score()
                    || plan.score() == best.score() && better(plan, best))) {
                best = plan;
            }
            if (plan.ordered && (bestOrdered == null || plan.score() > bestOrdered.score())) {
                bestOrdered = plan;
            }
        }
        if (best == null) {
            return bestOrdered != null && limit > 0 ? new Choice(null, bestOrdered) : null;
        }
        if (!best.ordered && bestOrdered != null && limit > 0) {
            long threshold = Math.max(1_000L, 20L * (skip + limit));
            if (best.countUpTo(threshold + 1) > threshold) {
                return new Choice(null, bestOrdered);
            }
        }
        return new Choice(null, best);
    }

    /** Between two plans that bound as many keys: the one that gives the order, else the one with fewer entries. */
    private static boolean better(IndexPlan plan, IndexPlan other) {
        if (plan.ordered != other.ordered) {
            return plan.ordered;
        }
        // Count both in doubling steps: the cost is about twice the smaller count, not twice the estimate limit
        // (the article page by slug ties the slug index, one entry, with the status index, every published article).
        for (long bound = 2;; bound *= 2) {
            long mine = plan.countUpTo(bound);
            long theirs = other.countUpTo(bound);
            if (mine < bound || theirs < bound || bound >= ESTIMATE_LIMIT) {
                return mine < theirs;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Object> uniquePositions(Index<?> index, String key, List<Object> values) {
        Iterable<?> found = index.getPositions(new Document(key, new Document("$in", new ArrayList<>(values))));
        LinkedHashSet<Object> positions = new LinkedHashSet<>();
        found.forEach(positions::add);
        return positions;
    }
}
