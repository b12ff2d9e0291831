package id.newsroom.article.drift;

import java.util.List;
import java.util.Locale;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleDocuments;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.editing.ChangeKind;
import id.newsroom.article.editing.Revision;
import id.newsroom.article.editing.ArticleEvents;
import id.newsroom.article.outbox.OutboxRelay;
import id.newsroom.article.outbox.OutboxStore;
import id.newsroom.article.outbox.PendingEvent;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The repair: puts the article's current state in its outbox again, as a new event (new {@code ce_id}) with the
 * current version, so the relay delivers it like any other. Consumers apply a version only when it is newer than
 * what they hold, so the re-sent event fills a missing item and refreshes a stale one, and is a harmless duplicate
 * where the item is current. A taken-down article re-sends its unpublished or deleted state, which removes a ghost
 * that holds an older version.
 */
@Component
public class OutboxRepublisher {

    public enum Outcome {
        QUEUED, IN_FLIGHT, CHANGED_MEANWHILE, UNKNOWN
    }

    private final ArticleStore store;
    private final ArticleEvents events;
    private final ObjectProvider<OutboxRelay> relay;

    public OutboxRepublisher(ArticleStore store, ArticleEvents events, ObjectProvider<OutboxRelay> relay) {
        this.store = store;
        this.events = events;
        this.relay = relay;
    }

    public Outcome republish(String articleId) {
        Document doc = store.collection().find(Filters.eq("_id", articleId))
                .projection(Projections.exclude("revisions")).first();
        if (doc == null) {
            return Outcome.UNKNOWN; // a ghost of an article never written here: nothing to send
        }
        if (OutboxStore.holdsEvents(doc)) {
            return Outcome.IN_FLIGHT; // the relay is about to deliver a newer state anyway
        }
        Article article = ArticleDocuments.fromDocument(doc);
        PendingEvent event = events.pending(article, lastChange(articleId, article));
        // Conditional on the version read: an edit committed meanwhile carries its own, newer event.
        boolean queued = store.collection().updateOne(
                Filters.and(Filters.eq("_id", articleId), Filters.eq("version", article.version())),
                Updates.push(OutboxStore.FIELD, event.toDocument())).getModifiedCount() == 1;
        return queued ? Outcome.QUEUED : Outcome.CHANGED_MEANWHILE;
    }

    public void wakeUpRelay() {
        relay.ifAvailable(OutboxRelay::wakeUp);
    }

    // The event says what its version did: the newest revision's change (the same as when it was first sent).
    private ChangeKind lastChange(String articleId, Article article) {
        List<Revision> revisions = store.revisions(articleId);
        if (!revisions.isEmpty()) {
            try {
                return ChangeKind.valueOf(revisions.get(revisions.size() - 1).change().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the status
            }
        }
        return switch (article.status()) {
            case PUBLISHED -> ChangeKind.PUBLISHED;
            case UNPUBLISHED -> ChangeKind.UNPUBLISHED;
            case DELETED -> ChangeKind.DELETED;
            case SCHEDULED -> ChangeKind.SCHEDULED;
            default -> ChangeKind.EDITED;
        };
    }
}
