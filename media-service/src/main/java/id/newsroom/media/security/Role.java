package id.newsroom.media.security;

/** The newsroom roles that may add and describe photos: both. */
public enum Role {
    WRITER, EDITOR
}
