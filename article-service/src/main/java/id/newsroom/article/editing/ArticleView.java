package id.newsroom.article.editing;

import java.time.Instant;

/**
 * One article as the desk sees it: the live state (what readers and the event stream know), plus what only the
 * newsroom sees: the working copy of a published story, its review state and who is editing it.
 *
 * @param workingCopy     unpublished edits of a published story, or null
 * @param workingRevision counts working-copy saves over the article's life (never reset), so every save has its own
 *                        ETag while the event version only counts what was published as an event
 * @param review          the review state, or null
 * @param lock            the edit lock while unexpired, or null
 */
public record ArticleView(Article article, ContentRules.Content workingCopy, long workingRevision, Review review,
        EditLock lock) {

    /** {@code "<version>"}, or {@code "<version>.<workingRevision>"} while a working copy exists. */
    public String etag() {
        return "\"" + Etag.of(this) + "\"";
    }

    /** The content the desk edits: the working copy when there is one, else the live article's. */
    public ContentRules.Content editable() {
        return workingCopy != null ? workingCopy : ContentRules.Content.of(article);
    }

    /** Where a story is in review. */
    public enum ReviewState {
        SUBMITTED, RETURNED
    }

    /** Review state of a story: SUBMITTED by a writer, RETURNED by an editor with a note. */
    public record Review(String state, String note, Article.Author by, Instant at) {}

    /** Who is editing the story, from which desk tab (session), until when (renewed by the tab's heartbeat). */
    public record EditLock(String session, Article.Author holder, Instant expiresAt) {

        public boolean heldByAnotherThan(String mySession, Instant now) {
            return expiresAt.isAfter(now) && !session.equals(mySession);
        }
    }
}
