package id.newsroom.article.editing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.result.UpdateResult;
import id.newsroom.article.outbox.OutboxStore;
import id.newsroom.article.outbox.PendingEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code articles} collection. Every change is ONE conditional single-document update (filter on the expected
 * version) that sets the new state, pushes the pending event and pushes the revision: atomic without transactions,
 * and a concurrent writer with the same expected version matches nothing.
 */
@Component
public class ArticleStore {

    static final String OUTBOX = OutboxStore.FIELD;
    static final String REVISIONS = "revisions";
    static final String WORKING_COPY = "workingCopy";
    static final String WORKING_REVISION = "workingRevision";
    public static final String REVIEW = "review";
    public static final String LOCK = "lock";
    public static final Bson STATE_ONLY = Projections.exclude(OUTBOX, OutboxStore.BULK_FIELD, REVISIONS);

    private final MongoCollection<Document> articles;

    public ArticleStore(MongoClient client, @Value("${spring.mongodb.database:articles}") String database) {
        this.articles = client.getDatabase(database).getCollection("articles");
        articles.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true).name("slug_unique"));
        articles.createIndex(Indexes.ascending(OUTBOX + ".time"), new IndexOptions().name("outbox_pending"));
        articles.createIndex(Indexes.ascending(OutboxStore.BULK_FIELD + ".time"),
                new IndexOptions().name("outbox_bulk_pending"));
        articles.createIndex(Indexes.ascending("status", "scheduledAt"), new IndexOptions().name("status_schedule"));
        articles.createIndex(Indexes.descending("updatedAt", "_id"), new IndexOptions().name("newest_change"));
        articles.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("updatedAt", "_id")),
                new IndexOptions().name("status_newest_change")); // the newsroom list filtered by status
    }

    public MongoCollection<Document> collection() {
        return articles;
    }

    /** Inserts a new article with its first event; throws {@link SlugTakenException} if the slug exists. */
    public void insert(Article a, PendingEvent event, Revision revision) {
        Document doc = ArticleDocuments.toDocument(a).append(OUTBOX, List.of(event.toDocument()))
                .append(REVISIONS, List.of(ArticleDocuments.toDocument(revision)));
        try {
            articles.insertOne(doc);
        } catch (MongoWriteException e) {
            throw translate(e);
        }
    }

    /** Commits {@code next} if the stored version is still {@code expectedVersion}; false when someone was first. */
    public boolean update(Article next, long expectedVersion, PendingEvent event, Revision revision) {
        return update(next, new Guard(expectedVersion, null, null, null), event, revision, List.of());
    }

    /**
     * What a conditional write expects to find: the version, the working-copy revision (null: any), and, for a desk
     * tab's write ({@code session} not null), that no other tab holds an unexpired lock at {@code now}. All in the
     * filter of one single-document update, so the check and the write are atomic.
     */
    public record Guard(long version, Long workingRevision, String session, Instant now) {

        Bson filter(String id) {
            List<Bson> f = new ArrayList<>(List.of(eq("_id", id), eq("version", version)));
            if (workingRevision != null) { // never written as 0: a document without working copy saves lacks it
                f.add(eq(WORKING_REVISION, workingRevision == 0 ? null : workingRevision));
            }
            if (session != null) {
                f.add(or(eq(LOCK, null), eq(LOCK + ".session", session), lte(LOCK + ".expiresAt", Date.from(now))));
            }
            return and(f);
        }
    }

    /** Commits {@code next} (and {@code extra}, e.g. clearing the working copy) if {@code guard} still holds. */
    public boolean update(Article next, Guard guard, PendingEvent event, Revision revision, List<Bson> extra) {
        Document state = ArticleDocuments.toDocument(next);
        state.remove("_id");
        List<Bson> updates = new ArrayList<>();
        state.forEach((k, v) -> updates.add(Updates.set(k, v)));
        updates.add(Updates.push(OUTBOX, event.toDocument()));
        updates.add(Updates.push(REVISIONS, ArticleDocuments.toDocument(revision)));
        updates.addAll(extra);
        try {
            UpdateResult r = articles.updateOne(guard.filter(next.id()), Updates.combine(updates));
            return r.getMatchedCount() == 1;
        } catch (MongoWriteException e) {
            throw translate(e);
        }
    }

    /**
     * Saves the working copy of a published story if {@code guard} still holds: the live state, its version and the
     * event stream stay as they are; only the working-copy revision (and so the ETag) moves on.
     */
    public Optional<ArticleView> saveWorkingCopy(String id, Guard guard, ContentRules.Content content) {
        return updateDesk(id, guard, Updates.combine(Updates.set(WORKING_COPY, ArticleDocuments.toDocument(content)),
                Updates.inc(WORKING_REVISION, 1L)));
    }

    /** Changes what only the desk sees (working copy, review, lock) if {@code guard} holds; the state after it. */
    public Optional<ArticleView> updateDesk(String id, Guard guard, Bson update) {
        try {
            Document d = articles.findOneAndUpdate(guard.filter(id), update,
                    new FindOneAndUpdateOptions().projection(STATE_ONLY).returnDocument(ReturnDocument.AFTER));
            return Optional.ofNullable(d).map(doc -> ArticleDocuments.view(doc, guard.now()));
        } catch (MongoWriteException e) {
            throw translate(e);
        }
    }

    public Optional<ArticleView> findView(String id, Instant now) {
        Document d = articles.find(eq("_id", id)).projection(STATE_ONLY).first();
        return Optional.ofNullable(d).map(doc -> ArticleDocuments.view(doc, now));
    }

    /** Whether an article other than {@code id} holds the slug now (the unique index decides at the write). */
    public boolean slugHeldByAnother(String slug, String id) {
        return articles.find(and(eq("slug", slug), ne("_id", id))).projection(Projections.include("_id"))
                .first() != null;
    }

    public Optional<Article> find(String id) {
        Document d = articles.find(eq("_id", id)).projection(STATE_ONLY).first();
        return Optional.ofNullable(d).map(ArticleDocuments::fromDocument);
    }

    public List<Revision> revisions(String id) {
        Document d = articles.find(eq("_id", id)).projection(Projections.include(REVISIONS)).first();
        if (d == null) {
            return List.of();
        }
        List<Revision> result = new ArrayList<>();
        for (Document r : d.getList(REVISIONS, Document.class, List.of())) {
            Document by = r.get("by", Document.class);
            result.add(new Revision(((Number) r.get("version")).longValue(), r.getString("change"),
                    r.getDate("at").toInstant(), new Article.Author(by.getString("id"), by.getString("name")),
                    r.getList("fields", String.class, List.of()), r.getString("reason")));
        }
        return result;
    }

    /** SCHEDULED articles whose time has come, oldest first. */
    public List<Article> dueScheduled(Instant now, int limit) {
        List<Article> due = new ArrayList<>();
        articles.find(and(eq("status", Status.SCHEDULED.name()), lte("scheduledAt", Date.from(now))))
                .projection(STATE_ONLY).sort(Sorts.ascending("scheduledAt")).limit(limit)
                .forEach(d -> due.add(ArticleDocuments.fromDocument(d)));
        return due;
    }

    public long countOverdue(Instant now) {
        return articles.countDocuments(and(eq("status", Status.SCHEDULED.name()), lte("scheduledAt", Date.from(now))));
    }

    private static RuntimeException translate(MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY && e.getMessage().contains("slug")) {
            return new SlugTakenException();
        }
        // 10334/17419: the document would pass 16 MB, i.e. very many large versions wait for Kafka. Refuse this
        // write (nothing was committed, so no event is lost) instead of failing with a 500.
        if (e.getCode() == 10334 || e.getCode() == 17419 || String.valueOf(e.getMessage()).contains("too large")) {
            return ArticleProblems.outboxBacklog();
        }
        return e;
    }

    /** Signals that another article already has the slug. */
    public static class SlugTakenException extends RuntimeException {
        SlugTakenException() {
            super("slug taken", null, false, false);
        }
    }
}
