package id.newsroom.feed.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import id.newsroom.defaults.contract.ContractViolationException;
import id.newsroom.defaults.contract.JsonContract;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Kafka value and its CloudEvents headers into an {@link IncomingEvent}. The value must be what
 * contracts/article-event.schema.json accepts (checked at run time by platform-defaults' {@link JsonContract}, the
 * same check search makes); only then is it read with feed's own tolerant record. Anything else is poison, with the
 * schema's violations as the dead letter's reason.
 */
@Component
public class EventDecoder {

    private static final Set<String> TYPES = Set.of("news.article.created", "news.article.updated",
            "news.article.deleted");
    private static final JsonContract CONTRACT = JsonContract.load("contracts/article-event.schema.json");

    private final JsonMapper json;

    public EventDecoder(JsonMapper json) {
        this.json = json;
    }

    /** @param ceType, ceSubject, ceId, ceTime header values, each possibly null */
    public IncomingEvent decode(byte[] value, String ceType, String ceSubject, String ceId, String ceTime) {
        if (ceType != null && !TYPES.contains(ceType)) {
            throw new PoisonEventException("unknown ce_type " + ceType);
        }
        JsonNode valid;
        try {
            valid = CONTRACT.read(value);
        } catch (ContractViolationException ex) {
            throw new PoisonEventException("contract violation: " + ex.getMessage(), ex);
        }
        ArticleEvent e;
        try {
            e = json.treeToValue(valid, ArticleEvent.class);
        } catch (JacksonException ex) { // a date-time the schema accepts but java.time does not (a leap second)
            throw new PoisonEventException("event value is not valid article JSON: " + ex.getOriginalMessage(), ex);
        }
        if (ceSubject != null && !ceSubject.equals(e.articleId())) {
            throw new PoisonEventException("ce_subject " + ceSubject + " does not match articleId " + e.articleId());
        }
        return new IncomingEvent(e, ceId, parseTime(ceTime, e.updatedAt()));
    }

    public IncomingEvent decode(byte[] value) {
        return decode(value, null, null, null, null);
    }

    private static Instant parseTime(String ceTime, Instant fallback) {
        if (ceTime == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(ceTime).toInstant();
        } catch (DateTimeParseException ex) {
            return fallback; // ce_time only feeds the freshness metric: not worth a dead letter
        }
    }

    static String text(Object header) {
        if (header == null) {
            return null;
        }
        return header instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : header.toString();
    }
}
