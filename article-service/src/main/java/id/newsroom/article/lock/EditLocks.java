package id.newsroom.article.lock;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleDocuments;
import id.newsroom.article.editing.ArticleProblems;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.editing.ArticleView;
import id.newsroom.article.editing.Status;
import id.newsroom.article.security.StaffMember;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The edit lock of a story, one field of the article document ({@code lock: {session, holder, expiresAt}}): taken,
 * renewed and taken over by one filtered findOneAndUpdate, so two tabs can never both believe they hold it. Writes
 * carrying the tab's session check it in their own filter (ArticleStore.Guard).
 */
@Component
public class EditLocks {

    private final ArticleStore store;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    public EditLocks(ArticleStore store, ArticleProperties properties) {
        this.store = store;
        this.ttl = properties.locks().ttl();
    }

    /** Takes or renews the lock for {@code session}; 409 lock-held when another tab holds it, unless taking over. */
    public ArticleView.EditLock acquire(String id, String session, boolean takeOver, StaffMember who) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Bson filter = and(eq("_id", id), ne("status", Status.DELETED.name()));
        if (!takeOver) {
            filter = and(filter, or(eq(ArticleStore.LOCK, null), eq(ArticleStore.LOCK + ".session", session),
                    lte(ArticleStore.LOCK + ".expiresAt", Date.from(now))));
        }
        Instant expiresAt = now.plus(ttl);
        Article.Author holder = new Article.Author(who.id(), who.name());
        Document lock = new Document("session", session).append("holder", ArticleDocuments.toDocument(holder))
                .append("expiresAt", Date.from(expiresAt));
        Document after = store.collection().findOneAndUpdate(filter, Updates.set(ArticleStore.LOCK, lock),
                new FindOneAndUpdateOptions().projection(ArticleStore.STATE_ONLY)
                        .returnDocument(ReturnDocument.AFTER));
        if (after != null) {
            return new ArticleView.EditLock(session, holder, expiresAt);
        }
        ArticleView current = store.findView(id, now).orElseThrow(() -> ArticleProblems.notFound(id));
        if (current.article().status() == Status.DELETED) {
            throw ArticleProblems.invalidTransition("edit", Status.DELETED.name());
        }
        if (current.lock() == null) { // expired or released between the two reads: the caller may simply retry
            throw ArticleProblems.busy();
        }
        throw ArticleProblems.lockHeld(current.lock());
    }

    /** Releases the lock if {@code session} holds it; another tab's lock stays. */
    public void release(String id, String session) {
        store.findView(id, clock.instant()).orElseThrow(() -> ArticleProblems.notFound(id));
        store.collection().updateOne(and(eq("_id", id), eq(ArticleStore.LOCK + ".session", session)),
                Updates.unset(ArticleStore.LOCK));
    }
}
