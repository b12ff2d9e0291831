package id.newsroom.feed.projection;

import java.time.Instant;

/** A decoded event: its data plus the CloudEvents attributes (and W3C trace parent) the projection uses. */
public record IncomingEvent(ArticleEvent data, String ceId, Instant ceTime, String traceparent) {

    public IncomingEvent(ArticleEvent data, String ceId, Instant ceTime) {
        this(data, ceId, ceTime, null);
    }

    public IncomingEvent withTraceparent(String value) {
        return new IncomingEvent(data, ceId, ceTime, value);
    }
}
