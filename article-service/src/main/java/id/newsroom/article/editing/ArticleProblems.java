package id.newsroom.article.editing;

import java.util.List;
import java.util.Map;

import id.newsroom.defaults.problem.ClientProblem;
import org.springframework.http.HttpStatus;

/** The editors' API's own mistakes, on top of the platform's generic ones ({@link ClientProblem}). */
public final class ArticleProblems {

    private ArticleProblems() {}

    public static ClientProblem notFound(String id) {
        return new ClientProblem(HttpStatus.NOT_FOUND, "not-found", "Article not found",
                "No article with id '" + id + "'.");
    }

    public static ClientProblem invalidTransition(String action, String currentStatus) {
        return new ClientProblem(HttpStatus.CONFLICT, "invalid-transition", "Transition not allowed",
                "Cannot " + action + " an article whose status is " + currentStatus + ".")
                .with("currentStatus", currentStatus);
    }

    public static ClientProblem stale(long expected, long current) {
        return new ClientProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Article changed meanwhile",
                "If-Match names version " + expected + " but the article is at version " + current
                        + "; reload it and apply your change again.")
                .with("currentVersion", current);
    }

    /** Like {@link #stale(long, long)}, with the ETag to reload (a working copy's saves move it too). */
    public static ClientProblem stale(Etag expected, ArticleView current) {
        return new ClientProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Article changed meanwhile",
                "If-Match names \"" + expected + "\" but the article is at version " + current.article().version()
                        + " (ETag " + current.etag() + "); reload it and apply your change again.")
                .with("currentVersion", current.article().version()).with("currentEtag", current.etag());
    }

    /** A desk tab's write after another tab took the story over: its text must not overwrite the new holder's. */
    public static ClientProblem lockTaken(ArticleView.EditLock lock) {
        return new ClientProblem(HttpStatus.CONFLICT, "lock-taken", "Story taken over",
                lock.holder().name() + " has taken over this story (edit lock until " + lock.expiresAt()
                        + "); your change was not saved. Copy your text, reload, or take the story back.")
                .with("holder", lock.holder()).with("expiresAt", lock.expiresAt());
    }

    /** Another desk tab holds the edit lock and the request did not ask to take it over. */
    public static ClientProblem lockHeld(ArticleView.EditLock lock) {
        return new ClientProblem(HttpStatus.CONFLICT, "lock-held", "Story being edited",
                lock.holder().name() + " is editing this story (lock until " + lock.expiresAt()
                        + "); send takeOver: true to take it over.")
                .with("holder", lock.holder()).with("expiresAt", lock.expiresAt());
    }

    /** The slug an editor chose belongs to another article (readers' links must keep meaning one story). */
    public static ClientProblem slugTaken(String slug) {
        return new ClientProblem(HttpStatus.CONFLICT, "slug-taken", "Slug in use",
                "The slug '" + slug + "' is used by another article; choose another.").with("slug", slug);
    }

    public static ClientProblem unknownEtag(String header) {
        return new ClientProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Unknown ETag",
                "If-Match '" + header + "' is not an ETag of this article.");
    }

    public static ClientProblem ifMatchRequired() {
        return new ClientProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                "Send If-Match with the ETag you read (e.g. If-Match: \"3\") so that edits never overwrite each other.");
    }

    /** 422: the request is well formed, but names a media this service does not know (yet) or that was deleted. */
    public static ClientProblem unknownMedia(String mediaId, String message) {
        return new ClientProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-media", "Unknown media",
                "image.mediaId: " + message).with("mediaId", mediaId)
                .with("errors", List.of(Map.of("field", "image.mediaId", "message", message)));
    }

    public static ClientProblem busy() {
        return new ClientProblem(HttpStatus.CONFLICT, "busy", "Article busy",
                "The article kept changing while this request was applied; try again.");
    }

    /** Not a client mistake: the outbox of this one article is full while Kafka is away (nothing was committed). */
    public static ClientProblem outboxBacklog() {
        return new ClientProblem(HttpStatus.SERVICE_UNAVAILABLE, "outbox-backlog", "Too many undelivered changes",
                "This article has too many changes waiting for the event broker; retry once they are delivered.");
    }
}
