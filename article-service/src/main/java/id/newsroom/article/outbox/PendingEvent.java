package id.newsroom.article.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * An event waiting in the article document's {@code outbox} array. It is written in the same single-document update
 * as the change it describes, so it exists if and only if the change was committed; the relay removes it once Kafka
 * acknowledged it. The payload is frozen at commit time: a later change never alters an earlier event.
 */
public record PendingEvent(String id, long version, String type, String subject, Instant time, String traceparent,
        String payload) {

    public Document toDocument() {
        Document d = new Document("id", id).append("version", version).append("type", type)
                .append("subject", subject).append("time", Date.from(time)).append("payload", payload);
        if (traceparent != null) {
            d.append("traceparent", traceparent);
        }
        return d;
    }

    public static PendingEvent from(Document d) {
        return new PendingEvent(d.getString("id"), ((Number) d.get("version")).longValue(), d.getString("type"),
                d.getString("subject"), d.getDate("time").toInstant(), d.getString("traceparent"),
                d.getString("payload"));
    }
}
