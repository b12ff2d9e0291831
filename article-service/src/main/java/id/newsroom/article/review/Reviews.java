package id.newsroom.article.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.newsroom.article.editing.ArticleDocuments;
import id.newsroom.article.editing.ArticleProblems;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.editing.ArticleView;
import id.newsroom.article.editing.Status;
import id.newsroom.article.security.StaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The review state of a story ({@code review: {state, note, by, at}} in the article document): newsroom data, not
 * reader data, so it changes neither the version nor the event stream. Publish and schedule clear it.
 */
@Component
public class Reviews {

    private final ArticleStore store;
    private final Clock clock = Clock.systemUTC();

    public Reviews(ArticleStore store) {
        this.store = store;
    }

    /** A writer (of their own story) or an editor asks for review. */
    public ArticleView submit(String id, String note, StaffMember who) {
        ArticleView current = read(id);
        if (!who.isEditor() && !current.article().author().id().equals(who.id())) {
            throw ClientProblem.forbidden("Writers may submit only their own stories; this one is by "
                    + current.article().author().name() + ".");
        }
        return set(id, ArticleView.ReviewState.SUBMITTED, note, who);
    }

    /** An editor sends a story back with a note saying what to change. */
    public ArticleView giveBack(String id, String note, StaffMember who) {
        read(id);
        return set(id, ArticleView.ReviewState.RETURNED, note, who);
    }

    private ArticleView read(String id) {
        ArticleView current = store.findView(id, now()).orElseThrow(() -> ArticleProblems.notFound(id));
        if (current.article().status() == Status.DELETED) {
            throw ArticleProblems.invalidTransition("review", Status.DELETED.name());
        }
        return current;
    }

    private ArticleView set(String id, ArticleView.ReviewState state, String note, StaffMember who) {
        Instant now = now();
        Document review = new Document("state", state.name()).append("note", note)
                .append("by", ArticleDocuments.toDocument(new id.newsroom.article.editing.Article.Author(who.id(),
                        who.name())))
                .append("at", Date.from(now));
        Document after = store.collection().findOneAndUpdate(
                and(eq("_id", id), ne("status", Status.DELETED.name())), Updates.set(ArticleStore.REVIEW, review),
                new FindOneAndUpdateOptions().projection(ArticleStore.STATE_ONLY)
                        .returnDocument(ReturnDocument.AFTER));
        if (after == null) { // deleted between the read and the write
            throw ArticleProblems.invalidTransition("review", Status.DELETED.name());
        }
        return ArticleDocuments.view(after, now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
