package id.newsroom.article.security;

/** WRITER drafts and revises own articles; EDITOR may do everything. */
public enum Role {
    WRITER, EDITOR
}
