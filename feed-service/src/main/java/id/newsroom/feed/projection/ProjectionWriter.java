package id.newsroom.feed.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Applies a batch of events to one read-model collection with a single unordered bulk write. Each article keeps the
 * newest version only: the write filter {@code version < v} makes a stale or duplicate write a no-op (an upsert that
 * finds a newer document collides on {@code _id} and is counted as stale), so redelivery changes nothing.
 */
@Component
public class ProjectionWriter {

    private static final int DUPLICATE_KEY = 11000;

    public enum Outcome { APPLIED, STALE, DUPLICATE }

    /** How an article's visibility changed, for the live stream and caches. */
    public record Change(String type, String articleId, String category, Document article) {
    }

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
        Map<String, Document> held = new HashMap<>();
        target.find(Filters.in("_id", byId.keySet()))
                .projection(Projections.include("version", "status", "category.slug"))
                .forEach(d -> held.put(d.getString("_id"), d));

        Map<IncomingEvent, Outcome> outcomes = new IdentityHashMap<>(); // equal duplicates are distinct deliveries
        List<IncomingEvent> winners = new ArrayList<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Map.Entry<String, List<IncomingEvent>> entry : byId.entrySet()) {
            Document h = held.get(entry.getKey());
            long heldVersion = h == null ? 0 : ((Number) h.get("version")).longValue();
            List<IncomingEvent> list = entry.getValue();
            list.sort(Comparator.comparingLong((IncomingEvent e) -> e.data().version()));
            IncomingEvent winner = list.get(list.size() - 1);
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
            if (winner.data().version() > heldVersion) {
                winners.add(winner);
                // A new article is a plain insert (a duplicate key tells us another writer got there first);
                // a known one is the version-guarded update.
                writes.add(h == null ? new InsertOneModel<>(fullDocument(winner.data())) : upsert(winner.data()));
            }
        }
        List<IncomingEvent> written = write(target, writes, winners, outcomes);
        List<Change> changes = new ArrayList<>();
        for (IncomingEvent e : written) {
            changes.addAll(changesOf(held.get(e.data().articleId()), e.data()));
        }
        return new Result(outcomes, changes);
    }

    private static List<IncomingEvent> write(MongoCollection<Document> target, List<WriteModel<Document>> writes,
                                             List<IncomingEvent> winners, Map<IncomingEvent, Outcome> outcomes) {
        List<IncomingEvent> written = new ArrayList<>(winners);
        if (writes.isEmpty()) {
            return written;
        }
        List<IncomingEvent> raced = new ArrayList<>();
        try {
            target.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException ex) {
            List<IncomingEvent> retry = new ArrayList<>();
            for (BulkWriteError err : ex.getWriteErrors()) {
                if (err.getCode() != DUPLICATE_KEY) {
                    throw ex;
                }
                IncomingEvent e = winners.get(err.getIndex());
                if (writes.get(err.getIndex()) instanceof InsertOneModel) {
                    retry.add(e); // inserted meanwhile by another writer: let the version decide
                } else {
                    raced.add(e); // a newer version landed meanwhile
                }
            }
            if (!retry.isEmpty()) {
                try {
                    target.bulkWrite(retry.stream().map(e -> (WriteModel<Document>) upsert(e.data())).toList(),
                            new BulkWriteOptions().ordered(false));
                } catch (MongoBulkWriteException again) {
                    for (BulkWriteError err : again.getWriteErrors()) {
                        if (err.getCode() != DUPLICATE_KEY) {
                            throw again;
                        }
                        raced.add(retry.get(err.getIndex()));
                    }
                }
            }
        }
        for (IncomingEvent e : raced) {
            outcomes.put(e, Outcome.STALE);
        }
        written.removeIf(e -> raced.stream().anyMatch(r -> r == e));
        return written;
    }

    static UpdateOneModel<Document> upsert(ArticleEvent e) {
        Bson filter = Filters.and(Filters.eq("_id", e.articleId()), Filters.lt("version", e.version()));
        Bson update = Updates.combine(
                Updates.set("version", e.version()),
                Updates.set("status", e.status()),
                Updates.set("change", e.change()),
                Updates.set("slug", e.slug()),
                Updates.set("title", e.title()),
                Updates.set("summary", Objects.requireNonNullElse(e.summary(), "")),
                Updates.set("body", Objects.requireNonNullElse(e.body(), "")),
                Updates.set("category", new Document("slug", e.category().slug()).append("name", e.category().name())),
                Updates.set("tags", e.tags()),
                Updates.set("author", new Document("id", e.author().id()).append("name", e.author().name())),
                Updates.set("image", e.image() == null ? null : new Document("url", e.image().url())
                        .append("caption", e.image().caption()).append("credit", e.image().credit())),
                Updates.set("publishedAt", e.publishedAt() == null ? null : Date.from(e.publishedAt())),
                Updates.set("updatedAt", Date.from(e.updatedAt())),
                // Every slug the article ever had keeps answering on the article page.
                Updates.addToSet("slugs", e.slug()));
        return new UpdateOneModel<>(filter, update, new UpdateOptions().upsert(true));
    }

    static Document fullDocument(ArticleEvent e) {
        List<String> slugs = new ArrayList<>();
        slugs.add(e.slug());
        return asRead(e).append("change", e.change()).append("body", Objects.requireNonNullElse(e.body(), ""))
                .append("slugs", slugs);
    }

    /** The document as it now reads, for live subscribers. */
    static Document asRead(ArticleEvent e) {
        return new Document("_id", e.articleId()).append("version", e.version()).append("status", e.status())
                .append("slug", e.slug()).append("title", e.title())
                .append("summary", Objects.requireNonNullElse(e.summary(), ""))
                .append("category", new Document("slug", e.category().slug()).append("name", e.category().name()))
                .append("tags", e.tags())
                .append("author", new Document("id", e.author().id()).append("name", e.author().name()))
                .append("image", e.image() == null ? null : new Document("url", e.image().url())
                        .append("caption", e.image().caption()).append("credit", e.image().credit()))
                .append("publishedAt", e.publishedAt() == null ? null : Date.from(e.publishedAt()))
                .append("updatedAt", Date.from(e.updatedAt()));
    }

    private static List<Change> changesOf(Document held, ArticleEvent e) {
        boolean wasVisible = held != null && "PUBLISHED".equals(held.getString("status"));
        String oldCategory = held == null ? null : held.getEmbedded(List.of("category", "slug"), String.class);
        String newCategory = e.category().slug();
        Document doc = asRead(e);
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
