package id.newsroom.article.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import id.newsroom.article.outbox.ArticleEvents;
import id.newsroom.article.outbox.OutboxRelay;
import id.newsroom.article.security.StaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The editors' commands and the article's life (draft, scheduled, published, unpublished, deleted). Each command
 * reads the article, decides (permissions, workflow), and commits the new state plus its event plus its revision in
 * one conditional update; a lost race is retried (no If-Match) or answered 412.
 */
@Service
public class ArticleWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ArticleWorkflow.class);

    private static final int MAX_ATTEMPTS = 5;

    private final ArticleStore store;
    private final ContentRules rules;
    private final ArticleEvents events;
    private final ObjectProvider<OutboxRelay> relay;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public ArticleWorkflow(ArticleStore store, ContentRules rules, ArticleEvents events,
            ObjectProvider<OutboxRelay> relay, MeterRegistry meters) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.relay = relay;
        this.meters = meters;
        for (ChangeKind c : ChangeKind.values()) {
            counter(c); // every series exists from the start, so rate() works from the first change
        }
    }

    public Article get(String id) {
        return store.find(id).orElseThrow(() -> ArticleProblems.notFound(id));
    }

    public List<Article> list(Status status, String category, String author, Instant afterTime, String afterId,
            int limit) {
        return store.list(status, category, author, afterTime, afterId, limit);
    }

    public List<Revision> revisions(String id) {
        get(id);
        return store.revisions(id);
    }

    public Article create(ArticleRequest req, StaffMember who) {
        ContentRules.Content c = rules.validated(req, who);
        Instant now = now();
        String id = Ids.uuidV7();
        Article draft = new Article(id, 1, Status.DRAFT, SlugAllocation.forNewArticle(c.title()), c.title(),
                c.summary(), c.body(), c.category(), c.tags(), c.author(), c.image(), null, now, null, now);
        Article written = SlugAllocation.write(draft, a -> {
            store.insert(a, events.pending(a, ChangeKind.CREATED),
                    Revision.of(a, ChangeKind.CREATED, who, Revision.ALL_FIELDS));
            return a;
        });
        committed(written, ChangeKind.CREATED, who);
        return written;
    }

    public Article update(String id, long ifMatch, ArticleRequest req, StaffMember who) {
        return commit(id, ifMatch, who, current -> {
            if (current.status() == Status.DELETED) {
                throw ArticleProblems.invalidTransition("edit", current.status().name());
            }
            if (!who.isEditor() && (!current.author().id().equals(who.id()) || current.status() != Status.DRAFT)) {
                throw ClientProblem.forbidden("Writers may edit only their own drafts; this article is "
                        + current.status() + " by " + current.author().name() + ".");
            }
            ContentRules.Content c = rules.validated(req, who, current.author());
            return new Article(current.id(), current.version() + 1, current.status(),
                    SlugAllocation.afterEdit(current, c.title()), c.title(), c.summary(), c.body(), c.category(),
                    c.tags(), c.author(), c.image(), current.publishedAt(), now(), current.scheduledAt(),
                    current.createdAt(), current.legacy());
        }, ChangeKind.EDITED);
    }

    public Article publish(String id, Long ifMatch, Instant backdate, StaffMember who) {
        Instant now = now();
        if (backdate != null && backdate.isAfter(now.plusSeconds(1))) {
            throw ClientProblem.invalid("publishedAt", "must not be in the future; use schedule for later publication");
        }
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "publish", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            Instant first = backdate != null
                    ? backdate.truncatedTo(ChronoUnit.MILLIS)
                    : current.publishedAt() != null ? current.publishedAt() : now;
            return current.published(first, now);
        }, ChangeKind.PUBLISHED);
    }

    /** Publication by the scheduler: only if the article is still SCHEDULED at the version it saw. */
    public boolean publishScheduled(Article seen, StaffMember scheduler) {
        Instant now = now();
        Article next = seen.published(seen.publishedAt() != null ? seen.publishedAt() : now, now);
        boolean won = store.update(next, seen.version(), events.pending(next, ChangeKind.PUBLISHED),
                Revision.of(next, ChangeKind.PUBLISHED, scheduler, Revision.changedFields(seen, next)));
        if (won) {
            committed(next, ChangeKind.PUBLISHED, scheduler);
        }
        return won;
    }

    public Article unpublish(String id, Long ifMatch, StaffMember who) {
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "unpublish", Status.PUBLISHED);
            return current.withStatus(Status.UNPUBLISHED, now());
        }, ChangeKind.UNPUBLISHED);
    }

    public Article schedule(String id, Long ifMatch, Instant at, StaffMember who) {
        if (!at.isAfter(now())) {
            throw ClientProblem.invalid("at", "must be in the future; use publish to publish now");
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "schedule", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            return current.withSchedule(when, now());
        }, null);
    }

    public Article delete(String id, Long ifMatch, StaffMember who) {
        return commit(id, ifMatch, who, current -> {
            if (current.status() == Status.DELETED) {
                throw ArticleProblems.invalidTransition("delete", current.status().name());
            }
            return current.withStatus(Status.DELETED, now());
        }, ChangeKind.DELETED);
    }

    interface Decision {
        Article decide(Article current);
    }

    /** Read, decide, conditional write; {@code change} null means "scheduled or rescheduled", known after reading. */
    private Article commit(String id, Long ifMatch, StaffMember who, Decision decision, ChangeKind change) {
        for (int attempt = 1;; attempt++) {
            Article current = get(id);
            if (ifMatch != null && current.version() != ifMatch) {
                throw ArticleProblems.stale(ifMatch, current.version());
            }
            Article decided = decision.decide(current);
            ChangeKind kind = change != null
                    ? change
                    : current.status() == Status.SCHEDULED ? ChangeKind.RESCHEDULED : ChangeKind.SCHEDULED;
            Article written = SlugAllocation.write(decided, next -> store.update(next, current.version(),
                    events.pending(next, kind), Revision.of(next, kind, who, Revision.changedFields(current, next)))
                            ? next
                            : null);
            if (written != null) {
                committed(written, kind, who);
                return written;
            }
            if (ifMatch != null) {
                throw ArticleProblems.stale(ifMatch, get(id).version());
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw ArticleProblems.busy();
            }
        }
    }

    private static void requireStatus(Article current, String action, Status... allowed) {
        for (Status s : allowed) {
            if (current.status() == s) {
                return;
            }
        }
        throw ArticleProblems.invalidTransition(action, current.status().name());
    }

    /** After a commit: count it, leave an audit line (with the request's trace id), and wake the relay. */
    private void committed(Article article, ChangeKind change, StaffMember who) {
        counter(change).increment();
        log.info("Article {} v{} {} by {} (status {})", article.id(), article.version(),
                change.name().toLowerCase(Locale.ROOT), who.id(), article.status());
        OutboxRelay r = relay.getIfAvailable();
        if (r != null) {
            r.wakeUp();
        }
    }

    private Counter counter(ChangeKind change) {
        return Counter.builder("news.article.changes").description("Committed article changes by kind")
                .tag("change", change.value()).register(meters);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
