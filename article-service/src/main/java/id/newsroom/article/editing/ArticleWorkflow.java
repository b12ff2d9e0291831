package id.newsroom.article.editing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.mongodb.client.model.Updates;
import id.newsroom.article.editing.ArticleCommits.Decided;
import id.newsroom.article.security.StaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import org.springframework.stereotype.Service;

/**
 * The editors' commands and the article's life (draft, scheduled, published, unpublished, deleted). Each command
 * reads the article, decides (permissions, workflow), and commits through {@link ArticleCommits}. Edits of a
 * published story go to its working copy (no event, the live page unchanged) until an editor publishes the update.
 * Every command may name the desk tab ({@code session}) it comes from: it is refused once another tab took the lock.
 */
@Service
public class ArticleWorkflow {

    private final ArticleStore store;
    private final ArticleListing listing;
    private final ContentRules rules;
    private final ArticleEvents events;
    private final ArticleCommits commits;
    private final RevisionSnapshots snapshots;

    ArticleWorkflow(ArticleStore store, ArticleListing listing, ContentRules rules, ArticleEvents events,
            ArticleCommits commits, RevisionSnapshots snapshots) {
        this.store = store;
        this.listing = listing;
        this.rules = rules;
        this.events = events;
        this.commits = commits;
        this.snapshots = snapshots;
    }

    public ArticleView get(String id) {
        return commits.view(id);
    }

    public List<ArticleView> list(ArticleListing.Filter filter, Instant afterTime, String afterId, int limit) {
        return listing.list(filter, afterTime, afterId, limit, commits.now());
    }

    public List<Revision> revisions(String id) {
        get(id);
        return store.revisions(id);
    }

    /** The content of one revision, for the desk's diff; 404 when the version is unknown or its content not kept. */
    public ContentRules.Content revisionContent(String id, long version) {
        get(id);
        return snapshots.find(id, version).orElseThrow(() -> ClientProblem.notFound("Article '" + id
                + "' has no content kept for version " + version + " (unknown, or older than the revisions kept)."));
    }

    public ArticleView create(ArticleRequest req, StaffMember who) {
        ContentRules.Content c = rules.validated(req, who);
        Instant now = commits.now();
        String id = Ids.uuidV7();
        requireSlugFree(c, id);
        Article draft = new Article(id, 1, Status.DRAFT, SlugAllocation.forNewArticle(c), c.title(),
                c.summary(), c.body(), c.category(), c.tags(), c.author(), c.image(), null, now, null, now, null,
                c.seo());
        Article written = SlugAllocation.write(draft, a -> {
            store.insert(a, events.pending(a, ChangeKind.CREATED),
                    Revision.of(a, ChangeKind.CREATED, who, Revision.ALL_FIELDS));
            return a;
        });
        commits.committed(written, ChangeKind.CREATED, who);
        return new ArticleView(written, null, 0, null, null);
    }

    public ArticleView update(String id, Etag ifMatch, String session, ArticleRequest req, StaffMember who) {
        ArticleView current = get(id);
        requireMayEdit(current, who);
        return save(id, ifMatch, session, rules.validated(req, who, current.article().author()), who);
    }

    /** Restores the content of an earlier version as a new save (into the working copy of a published story). */
    public ArticleView restore(String id, long version, Etag ifMatch, String session, StaffMember who) {
        return save(id, ifMatch, session, revisionContent(id, version), who);
    }

    private ArticleView save(String id, Etag ifMatch, String session, ContentRules.Content c, StaffMember who) {
        requireSlugFree(c, id);
        return commits.commit(id, ifMatch, session, who, current -> {
            requireMayEdit(current, who);
            Article a = current.article();
            if (a.status() == Status.PUBLISHED || current.workingCopy() != null) {
                return Decided.intoWorkingCopy(c);
            }
            return Decided.live(a.withContent(c, SlugAllocation.afterEdit(a, c)).withStatus(a.status(),
                    commits.now()), ChangeKind.EDITED);
        });
    }

    /** Drops the working copy: the desk shows the live version again. */
    public ArticleView discardWorkingCopy(String id, Etag ifMatch, String session, StaffMember who) {
        requireMayEdit(get(id), who);
        return commits.deskOnly(id, ifMatch, session, Updates.unset(ArticleStore.WORKING_COPY));
    }

    /** Publishes a draft, a scheduled or an unpublished story, or the working copy of a published one (edited). */
    public ArticleView publish(String id, Etag ifMatch, String session, Instant backdate, StaffMember who) {
        Instant now = commits.now();
        if (backdate != null && backdate.isAfter(now.plusSeconds(1))) {
            throw ClientProblem.invalid("publishedAt", "must not be in the future; use schedule for later publication");
        }
        return commits.commit(id, ifMatch, session, who, current -> {
            Article a = current.article();
            boolean update = a.status() == Status.PUBLISHED && current.workingCopy() != null;
            if (!update) {
                requireStatus(a, "publish", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            }
            Instant first = backdate != null
                    ? backdate.truncatedTo(ChronoUnit.MILLIS)
                    : a.publishedAt() != null ? a.publishedAt() : now;
            return Decided.live(withWorkingCopy(current).published(first, now),
                    update ? ChangeKind.EDITED : ChangeKind.PUBLISHED).clearingDesk();
        });
    }

    /** Publication by the scheduler: only if the article is still SCHEDULED at the version it saw. */
    public boolean publishScheduled(Article seen, StaffMember scheduler) {
        Instant now = commits.now();
        Article next = seen.published(seen.publishedAt() != null ? seen.publishedAt() : now, now);
        boolean won = store.update(next, seen.version(), events.pending(next, ChangeKind.PUBLISHED),
                Revision.of(next, ChangeKind.PUBLISHED, scheduler, Revision.changedFields(seen, next)));
        if (won) {
            commits.committed(next, ChangeKind.PUBLISHED, scheduler);
        }
        return won;
    }

    /** Takes a story down; the working copy stays, so it can be fixed and published again. */
    public ArticleView unpublish(String id, Etag ifMatch, String session, String reason, StaffMember who) {
        return commits.commit(id, ifMatch, session, who, current -> {
            requireStatus(current.article(), "unpublish", Status.PUBLISHED);
            return Decided.live(current.article().withStatus(Status.UNPUBLISHED, commits.now()),
                    ChangeKind.UNPUBLISHED).because(reason);
        });
    }

    public ArticleView schedule(String id, Etag ifMatch, String session, Instant at, StaffMember who) {
        if (!at.isAfter(commits.now())) {
            throw ClientProblem.invalid("at", "must be in the future; use publish to publish now");
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        return commits.commit(id, ifMatch, session, who, current -> {
            Status status = current.article().status();
            requireStatus(current.article(), "schedule", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            return Decided.live(withWorkingCopy(current).withSchedule(when, commits.now()),
                    status == Status.SCHEDULED ? ChangeKind.RESCHEDULED : ChangeKind.SCHEDULED).clearingDesk();
        });
    }

    public ArticleView delete(String id, Etag ifMatch, String session, StaffMember who) {
        return commits.commit(id, ifMatch, session, who, current -> {
            if (current.article().status() == Status.DELETED) {
                throw ArticleProblems.invalidTransition("delete", Status.DELETED.name());
            }
            return Decided.live(current.article().withStatus(Status.DELETED, commits.now()), ChangeKind.DELETED)
                    .clearingDesk();
        });
    }

    /** The live state with the working copy's content applied (the version moves on in the caller). */
    private static Article withWorkingCopy(ArticleView current) {
        Article a = current.article();
        ContentRules.Content c = current.workingCopy();
        return c == null ? a : a.withContent(c, SlugAllocation.afterEdit(a, c));
    }

    /** A slug the editor chose is refused at once when another article holds it (rather than suffixed silently). */
    private void requireSlugFree(ContentRules.Content c, String id) {
        if (c.slug() != null && store.slugHeldByAnother(c.slug(), id)) {
            throw ArticleProblems.slugTaken(c.slug());
        }
    }

    /** Writers edit only their own drafts; nobody edits a deleted article. */
    public static void requireMayEdit(ArticleView current, StaffMember who) {
        Article a = current.article();
        if (a.status() == Status.DELETED) {
            throw ArticleProblems.invalidTransition("edit", a.status().name());
        }
        if (!who.isEditor() && (!a.author().id().equals(who.id()) || a.status() != Status.DRAFT)) {
            throw ClientProblem.forbidden("Writers may edit only their own drafts; this article is "
                    + a.status() + " by " + a.author().name() + ".");
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
}
