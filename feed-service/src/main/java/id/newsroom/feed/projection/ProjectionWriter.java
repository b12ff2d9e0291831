package id.newsroom.feed.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Applies a batch of events to one read-model collection with one read of the held versions and one unordered bulk
 * write. Each article keeps the newest version only: stale and duplicate versions are never written, and every write
 * is conditional (insert of a new id, or compare-and-set on the version read), so concurrent writers (a rebuild and
 * the live consumer, two instances during a rebalance) can never replace a newer version with an older one.
 */
@Component
public class ProjectionWriter {

    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ROUNDS = 5;

    public enum Outcome {
        APPLIED, STALE, DUPLICATE
    }

    /** How an article's visibility changed, for the live stream and caches. */
    public record Change(String type, String articleId, String category, Document article) {}

    public record Result(Map<IncomingEvent, Outcome> outcomes, List<Change> changes) {
        public long count(Outcome o) {
            return outcomes.values().stream().filter(o::equals).count();
        }
    }

    public Result apply(List<IncomingEvent> events, MongoCollection<Document> target) {
        Map<String, List<IncomingEvent>> byId = new LinkedHashMap<>();
        for (IncomingEvent e : events) {
            byId.computeIfAbsent(e.data().articleId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Document> held = readHeld(target, byId.keySet());

        Map<IncomingEvent, Outcome> outcomes = new IdentityHashMap<>(); // equal duplicates are distinct deliveries
        List<IncomingEvent> winners = new ArrayList<>();
        for (Map.Entry<String, List<IncomingEvent>> entry : byId.entrySet()) {
            long heldVersion = versionOf(held.get(entry.getKey()));
            List<IncomingEvent> list = entry.getValue();
            list.sort(Comparator.comparingLong((IncomingEvent e) -> e.data().version()));
            long previous = -1;
            for (IncomingEvent e : list) {
                long v = e.data().version();
                Outcome o;
                if (v < heldVersion) {
                    o = Outcome.STALE;
                } else if (v == heldVersion || v == previous) {
                    o = Outcome.DUPLICATE; // held already, or the same version twice in this batch
                } else {
                    o = Outcome.APPLIED; // the newest, or superseded by a newer one in this same batch
                }
                outcomes.put(e, o);
                previous = v;
            }
            IncomingEvent winner = list.get(list.size() - 1);
            if (winner.data().version() > heldVersion) {
                winners.add(winner);
            }
        }
        Map<String, Document> before = new HashMap<>(held);
        List<IncomingEvent> written = write(target, winners, held, outcomes);
        List<Change> changes = new ArrayList<>();
        for (IncomingEvent e : written) {
            changes.addAll(changesOf(before.get(e.data().articleId()), e.data()));
        }
        return new Result(outcomes, changes);
    }

    /**
     * Compare-and-set rounds: insert what is new, update what is known only where it still holds the version read
     * before. A write that found something else (another writer got there in between) is decided by re-reading:
     * an equal or newer version held means ours is stale; an older one gets another round.
     */
    private static List<IncomingEvent> write(MongoCollection<Document> target, List<IncomingEvent> winners,
            Map<String, Document> held, Map<IncomingEvent, Outcome> outcomes) {
        List<IncomingEvent> written = new ArrayList<>();
        List<IncomingEvent> pending = winners;
        for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
            List<WriteModel<Document>> models = new ArrayList<>(pending.size());
            for (IncomingEvent e : pending) {
                Document h = held.get(e.data().articleId());
                models.add(h == null
                        ? new InsertOneModel<>(ArticleDocuments.fullDocument(e.data()))
                        : ArticleDocuments.compareAndSet(e.data(), versionOf(h)));
            }
            if (bulkWriteAllApplied(target, models)) {
                written.addAll(pending);
                return written;
            }
            Map<String, Document> now = readHeld(target, pending.stream().map(e -> e.data().articleId()).toList());
            List<IncomingEvent> again = new ArrayList<>();
            for (IncomingEvent e : pending) {
                Document current = now.get(e.data().articleId());
                long v = e.data().version();
                if (current != null && versionOf(current) == v) {
                    written.add(e);
                } else if (current != null && versionOf(current) > v) {
                    outcomes.put(e, Outcome.STALE); // a newer version landed meanwhile
                } else {
                    held.put(e.data().articleId(), current);
                    again.add(e);
                }
            }
            pending = again;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("Concurrent writers kept changing " + pending.size()
                    + " articles; the batch will be retried");
        }
        return written;
    }

    // true when every insert and every compare-and-set took effect, so nothing needs re-reading
    private static boolean bulkWriteAllApplied(MongoCollection<Document> target, List<WriteModel<Document>> models) {
        long inserts = models.stream().filter(m -> m instanceof InsertOneModel).count();
        try {
            BulkWriteResult r = target.bulkWrite(models, new BulkWriteOptions().ordered(false));
            return r.getInsertedCount() == inserts && r.getMatchedCount() == models.size() - inserts;
        } catch (MongoBulkWriteException ex) {
            for (BulkWriteError err : ex.getWriteErrors()) {
                if (err.getCode() != DUPLICATE_KEY) {
                    throw ex;
                }
            }
            return false; // inserted meanwhile by another writer: the re-read decides
        }
    }

    private static Map<String, Document> readHeld(MongoCollection<Document> target, java.util.Collection<String> ids) {
        Map<String, Document> held = new HashMap<>();
        target.find(Filters.in("_id", ids)).projection(Projections.include("version", "status", "category.slug"))
                .forEach(d -> held.put(d.getString("_id"), d));
        return held;
    }

    private static long versionOf(Document d) {
        return d == null ? 0 : ((Number) d.get("version")).longValue();
    }

    private static List<Change> changesOf(Document held, ArticleEvent e) {
        boolean wasVisible = held != null && "PUBLISHED".equals(held.getString("status"));
        String oldCategory = held == null ? null : held.getEmbedded(List.of("category", "slug"), String.class);
        String newCategory = e.category().slug();
        Document doc = ArticleDocuments.asRead(e);
        List<Change> out = new ArrayList<>(2);
        if (e.published() && !wasVisible) {
            out.add(new Change("added", e.articleId(), newCategory, doc));
        } else if (e.published() && !newCategory.equals(oldCategory)) {
            out.add(new Change("removed", e.articleId(), oldCategory, doc));
            out.add(new Change("added", e.articleId(), newCategory, doc));
        } else if (e.published()) {
            out.add(new Change("changed", e.articleId(), newCategory, doc));
        } else if (wasVisible) {
            out.add(new Change("removed", e.articleId(), oldCategory, doc));
        }
        return out;
    }
}
