package id.newsroom.article.security;

/** WRITER drafts and revises own articles; EDITOR may do everything in the newsroom; OPERATOR runs the actuator's
 * operator actions (drift audit and repair) and nothing in the editors' API. */
public enum Role {
    WRITER, EDITOR, OPERATOR
}
