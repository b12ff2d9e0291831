package id.newsroom.article.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.model.Updates;
import id.newsroom.article.outbox.OutboxRelay;
import id.newsroom.article.security.StaffMember;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Read, decide, conditional write: the one way every command changes an article. The write's filter holds the
 * version and working-copy revision that were read (and, for a desk tab, that no other tab holds the lock), so a lost
 * race changes nothing; it is retried (no If-Match) or answered 412 / 409 lock-taken.
 */
@Component
class ArticleCommits {

    private static final Logger log = LoggerFactory.getLogger(ArticleCommits.class);
    private static final int MAX_ATTEMPTS = 5;

    private final ArticleStore store;
    private final ArticleEvents events;
    private final RevisionSnapshots snapshots;
    private final ObjectProvider<OutboxRelay> relay;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    ArticleCommits(ArticleStore store, ArticleEvents events, RevisionSnapshots snapshots,
            ObjectProvider<OutboxRelay> relay, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.snapshots = snapshots;
        this.relay = relay;
        this.meters = meters;
        for (ChangeKind c : ChangeKind.values()) {
            counter(c); // every series exists from the start, so rate() works from the first change
        }
    }

    /**
     * What a command decided: a new live version with its change kind (an event), or a working-copy save (none).
     *
     * @param clearsDesk also drop the working copy and the review (publish, schedule, delete)
     */
    record Decided(Article next, ChangeKind kind, ContentRules.Content workingCopy, String reason,
            boolean clearsDesk) {

        static Decided live(Article next, ChangeKind kind) {
            return new Decided(next, kind, null, null, false);
        }

        static Decided intoWorkingCopy(ContentRules.Content content) {
            return new Decided(null, null, content, null, false);
        }

        Decided clearingDesk() {
            return new Decided(next, kind, workingCopy, reason, true);
        }

        Decided because(String why) {
            return new Decided(next, kind, workingCopy, why, clearsDesk);
        }
    }

    interface Decision {
        Decided decide(ArticleView current);
    }

    ArticleView view(String id) {
        return store.findView(id, now()).orElseThrow(() -> ArticleProblems.notFound(id));
    }

    ArticleView commit(String id, Etag ifMatch, String session, StaffMember who, Decision decision) {
        for (int attempt = 1;; attempt++) {
            ArticleView current = view(id);
            check(current, ifMatch, session);
            Decided d = decision.decide(current);
            ArticleStore.Guard guard = new ArticleStore.Guard(current.article().version(),
                    current.workingRevision(), session, now());
            ArticleView written = d.workingCopy() != null
                    ? store.saveWorkingCopy(id, guard, d.workingCopy()).orElse(null)
                    : live(current, guard, d, who);
            if (written != null) {
                return written;
            }
            ArticleView now = view(id);
            check(now, ifMatch, session);
            if (ifMatch != null) {
                throw ArticleProblems.stale(ifMatch, now);
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw ArticleProblems.busy();
            }
        }
    }

    /** Saves without touching the version (discarding a working copy): the guard as for any write. */
    ArticleView deskOnly(String id, Etag ifMatch, String session, Bson update) {
        ArticleView current = view(id);
        check(current, ifMatch, session);
        ArticleStore.Guard guard = new ArticleStore.Guard(current.article().version(), current.workingRevision(),
                session, now());
        return store.updateDesk(id, guard, update).orElseThrow(() -> {
            ArticleView now = view(id);
            check(now, ifMatch, session);
            return ArticleProblems.stale(ifMatch != null ? ifMatch : Etag.of(current), now);
        });
    }

    private static void check(ArticleView current, Etag ifMatch, String session, Instant now) {
        if (session != null && current.lock() != null && current.lock().heldByAnotherThan(session, now)) {
            throw ArticleProblems.lockTaken(current.lock());
        }
        if (ifMatch != null && !ifMatch.matches(current)) {
            throw ArticleProblems.stale(ifMatch, current);
        }
    }

    private void check(ArticleView current, Etag ifMatch, String session) {
        check(current, ifMatch, session, now());
    }

    private ArticleView live(ArticleView current, ArticleStore.Guard guard, Decided d, StaffMember who) {
        List<Bson> extra = new ArrayList<>();
        if (d.clearsDesk()) {
            extra.add(Updates.unset(ArticleStore.WORKING_COPY));
            extra.add(Updates.unset(ArticleStore.REVIEW));
        }
        Article written = SlugAllocation.write(d.next(), next -> store.update(next, guard,
                events.pending(next, d.kind()),
                Revision.of(next, d.kind(), who, Revision.changedFields(current.article(), next)).because(d.reason()),
                extra) ? next : null);
        if (written == null) {
            return null;
        }
        committed(written, d.kind(), who);
        return d.clearsDesk()
                ? new ArticleView(written, null, current.workingRevision(), null, current.lock())
                : new ArticleView(written, current.workingCopy(), current.workingRevision(), current.review(),
                        current.lock());
    }

    /** After a commit: count it, keep its content, leave an audit line (with the trace id), and wake the relay. */
    void committed(Article article, ChangeKind change, StaffMember who) {
        counter(change).increment();
        try {
            snapshots.keep(article);
        } catch (RuntimeException e) { // the change is committed: a missing snapshot only limits diff and restore
            log.warn("Content of article {} v{} not kept: {}", article.id(), article.version(), e.toString());
        }
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

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
