package id.newsroom.feed.projection;

import java.time.Instant;

/** A decoded event: its data plus the CloudEvents attributes the projection uses. */
public record IncomingEvent(ArticleEvent data, String ceId, Instant ceTime) {
}
