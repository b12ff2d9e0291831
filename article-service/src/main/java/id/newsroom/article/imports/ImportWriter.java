package id.newsroom.article.imports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleDocuments;
import id.newsroom.article.editing.ChangeKind;
import id.newsroom.article.editing.Slugs;
import id.newsroom.article.editing.Status;
import id.newsroom.article.editing.ArticleEvents;
import id.newsroom.article.outbox.OutboxRelay;
import id.newsroom.article.outbox.OutboxStore;
import id.newsroom.article.outbox.PendingEvent;
import id.newsroom.article.security.StaffMember;
import id.newsroom.article.editing.ArticleProblems;
import id.newsroom.defaults.problem.ClientProblem;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Writes checked lines. Each article is one document holding its state, its pending event(s) and its revision, as
 * with every other change, so the outbox stays atomic per article. The fast path is one bulk read by {@code _id} and
 * unordered bulk writes per batch; whatever a bulk write refused (slug taken, someone else was first) is redone one by
 * one, which decides exactly as the bulk did.
 */
@Component
class ImportWriter {

    private static final int SLUG_ATTEMPTS = 3;

    private final ImportStore store;
    private final ArticleEvents events;
    private final ObjectProvider<OutboxRelay> relay;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    ImportWriter(ImportStore store, ArticleEvents events, ObjectProvider<OutboxRelay> relay, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.relay = relay;
        this.meters = meters;
    }

    /** What one line amounts to against what is stored. */
    private record Plan(Candidate candidate, Article next, ChangeKind change, Document stored) {
        boolean isNew() {
            return stored == null;
        }
    }

    void apply(List<Candidate> batch, StaffMember who, ImportReport.Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Document> stored = store.findByIds(batch.stream().map(Candidate::id).toList());
        List<Plan> plans = new ArrayList<>();
        for (Candidate c : batch) {
            Plan p = plan(c, stored.get(c.id()), tally);
            if (p != null) {
                plans.add(p);
            }
        }
        List<WriteModel<Document>> ops = new ArrayList<>();
        plans.forEach(p -> ops.add(write(p, who)));
        ImportStore.Outcome outcome = store.write(ops);
        List<Plan> redo = new ArrayList<>();
        List<Plan> updated = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (outcome.failures().containsKey(i)) {
                redo.add(p);
            } else if (p.isNew()) {
                committed(p, tally);
            } else {
                updated.add(p);
            }
        }
        if (outcome.matched() < updated.size()) {
            // A concurrent change won some version-conditional updates: find which by reading them back.
            Map<String, Document> now = store.findByIds(updated.stream().map(p -> p.next().id()).toList());
            for (Plan p : updated) {
                Document d = now.get(p.next().id());
                boolean mine = d != null && p.candidate().fingerprint().equals(d.getString(ImportStore.FINGERPRINT))
                        && ((Number) d.get("version")).longValue() == p.next().version();
                if (mine) {
                    committed(p, tally);
                } else {
                    redo.add(p);
                }
            }
        } else {
            updated.forEach(p -> committed(p, tally));
        }
        redo.forEach(p -> one(p.candidate(), who, tally));
        OutboxRelay r = relay.getIfAvailable();
        if (r != null) {
            r.wakeUp();
        }
    }

    /** The slow, sure path for one line: read it fresh, decide, write alone; a taken slug gets a suffix. */
    private void one(Candidate c, StaffMember who, ImportReport.Tally tally) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Plan p = plan(c, store.find(c.id(), c.line().externalId()), tally);
            if (p == null) {
                return;
            }
            for (int slugAttempt = 1;; slugAttempt++) {
                ImportStore.Outcome o = store.write(List.of(write(p, who)));
                ImportStore.Failure f = o.failures().get(0);
                if (f == null && (p.isNew() || o.matched() == 1)) {
                    if (!p.next().slug().equals(c.slug())) {
                        tally.slugChanged.add(new ImportReport.SlugChanged(c.lineNumber(), c.line().externalId(),
                                c.slug(), p.next().slug(), "taken by another article"));
                    }
                    committed(p, tally);
                    return;
                }
                if (f != ImportStore.Failure.SLUG_TAKEN || slugAttempt > SLUG_ATTEMPTS) {
                    break; // someone else was first, or another failure: read again and decide again
                }
                p = new Plan(c, withSlug(p.next(), Slugs.withSuffix(c.slug(), p.next().id(), slugAttempt)),
                        p.change(), p.stored());
            }
        }
        fail(c, new ClientProblem(HttpStatus.CONFLICT, "import-conflict", "Could not import",
                "The article kept changing, or no free slug was found for '" + c.slug() + "'; run the import again."),
                tally);
    }

    /** Decides what the line means against the stored article; null when there is nothing to write. */
    private Plan plan(Candidate c, Document stored, ImportReport.Tally tally) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ImportLine l = c.line();
        Status status = Status.valueOf(l.status().name());
        Instant published = millis(l.publishedAt());
        Instant scheduled = millis(l.scheduledAt());
        Article.Legacy legacy = l.legacy() == null
                ? null
                : new Article.Legacy(l.legacy().wordpressId(), l.legacy().permalink());
        var content = c.content();
        if (stored == null) {
            return new Plan(c, new Article(c.id(), 1, status, c.slug(), content.title(), content.summary(),
                    content.body(), content.category(), content.tags(), content.author(), content.image(), published,
                    now, scheduled, now, legacy), ChangeKind.CREATED, null);
        }
        if (c.fingerprint().equals(stored.getString(ImportStore.FINGERPRINT))) {
            tally.unchanged++;
            return null;
        }
        Article current = ArticleDocuments.fromDocument(stored);
        if (current.status() == Status.DELETED) {
            fail(c, ArticleProblems.invalidTransition("re-import", "DELETED"), tally);
            return null;
        }
        // A slug given a suffix at the first import stays as it is while the line asks for the same slug.
        String slug = current.slug().equals(c.slug()) || current.slug().startsWith(c.slug() + "-")
                ? current.slug()
                : c.slug();
        Article next = new Article(current.id(), current.version() + 1, status, slug, content.title(),
                content.summary(), content.body(), content.category(), content.tags(), content.author(),
                content.image(), published, now, scheduled, current.createdAt(), legacy, current.seo());
        return new Plan(c, next, change(current.status(), status), stored);
    }

    private static ChangeKind change(Status before, Status after) {
        if (before == after) {
            return ChangeKind.EDITED;
        }
        return switch (after) {
            case PUBLISHED -> ChangeKind.PUBLISHED;
            case SCHEDULED -> ChangeKind.SCHEDULED;
            default -> before == Status.PUBLISHED ? ChangeKind.UNPUBLISHED : ChangeKind.EDITED;
        };
    }

    private WriteModel<Document> write(Plan p, StaffMember who) {
        Article a = p.next();
        PendingEvent event = events.pending(a, p.change());
        Document revision = new Document("version", a.version()).append("change", p.change().value())
                .append("at", Date.from(a.updatedAt()))
                .append("by", new Document("id", who.id()).append("name", who.name()))
                .append("fields", List.of("import"));
        Document state = ArticleDocuments.toDocument(a)
                .append(ImportStore.EXTERNAL_ID, p.candidate().line().externalId())
                .append(ImportStore.FINGERPRINT, p.candidate().fingerprint());
        if (p.isNew()) {
            return new InsertOneModel<>(state.append(OutboxStore.BULK_FIELD, List.of(event.toDocument()))
                    .append("revisions", List.of(revision)));
        }
        state.remove("_id");
        if (a.legacy() == null) {
            state.append("legacy", null);
        }
        List<Bson> updates = new ArrayList<>();
        state.forEach((k, v) -> updates.add(Updates.set(k, v)));
        updates.add(Updates.push(OutboxStore.BULK_FIELD, event.toDocument())); // the bulk lane: live changes first
        updates.add(Updates.push("revisions", revision));
        return new UpdateOneModel<>(and(eq("_id", a.id()), eq("version", a.version() - 1)), Updates.combine(updates));
    }

    private void committed(Plan p, ImportReport.Tally tally) {
        if (p.isNew()) {
            tally.imported++;
        } else {
            tally.updated++;
        }
        meters.counter("news.article.changes", "change", p.change().value()).increment();
    }

    private static void fail(Candidate c, ClientProblem e, ImportReport.Tally tally) {
        tally.failed.add(
                new ImportReport.Failed(c.lineNumber(), c.line().externalId(), ImportService.problem(e.getBody())));
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), a.version(), a.status(), slug, a.title(), a.summary(), a.body(), a.category(),
                a.tags(), a.author(), a.image(), a.publishedAt(), a.updatedAt(), a.scheduledAt(), a.createdAt(),
                a.legacy(), a.seo());
    }

    private static Instant millis(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS);
    }
}
