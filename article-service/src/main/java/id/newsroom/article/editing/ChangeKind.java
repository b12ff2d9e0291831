package id.newsroom.article.editing;

import java.util.Locale;

/** What one committed change did; travels as the event's {@code change} and as the metric tag. */
public enum ChangeKind {
    CREATED, EDITED, SCHEDULED, RESCHEDULED, PUBLISHED, UNPUBLISHED, DELETED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** CloudEvents type: created and deleted are their own types, everything else is an update. */
    public String eventType() {
        return switch (this) {
            case CREATED -> "news.article.created";
            case DELETED -> "news.article.deleted";
            default -> "news.article.updated";
        };
    }
}
