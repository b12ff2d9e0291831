package id.newsroom.media.security;

/** The newsroom roles that may add and describe photos: WRITER and EDITOR; OPERATOR only the actuator's actions. */
public enum Role {
    WRITER, EDITOR, OPERATOR
}
