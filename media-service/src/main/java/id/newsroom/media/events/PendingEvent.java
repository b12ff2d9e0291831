package id.newsroom.media.events;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * An event written with the change it announces, waiting in the media document until Kafka acknowledged it.
 *
 * @param payload the CloudEvent's data (JSON)
 */
public record PendingEvent(String eventId, String type, String subject, Instant time, String payload) {

    public Document document() {
        return new Document("eventId", eventId).append("type", type).append("subject", subject)
                .append("time", Date.from(time)).append("payload", payload);
    }

    public static PendingEvent from(Document d) {
        return new PendingEvent(d.getString("eventId"), d.getString("type"), d.getString("subject"),
                d.getDate("time").toInstant(), d.getString("payload"));
    }
}
