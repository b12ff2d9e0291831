package id.newsroom.article.editing;

/** Article lifecycle; readers see an article if and only if it is PUBLISHED. */
public enum Status {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED, DELETED
}
