package id.newsroom.feed.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Kafka value and its CloudEvents headers into an {@link IncomingEvent}, checking the parts of the contract
 * the read model relies on. Anything else is poison.
 */
@Component
public class EventDecoder {

    private static final Set<String> TYPES = Set.of("news.article.created", "news.article.updated",
            "news.article.deleted");
    private static final Set<String> STATUSES = Set.of("DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "DELETED");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final JsonMapper json;

    public EventDecoder(JsonMapper json) {
        this.json = json;
    }

    /** @param ceType, ceSubject, ceId, ceTime header values, each possibly null */
    public IncomingEvent decode(byte[] value, String ceType, String ceSubject, String ceId, String ceTime) {
        if (value == null || value.length == 0) {
            throw new PoisonEventException("empty event value (tombstone or missing data)");
        }
        if (ceType != null && !TYPES.contains(ceType)) {
            throw new PoisonEventException("unknown ce_type " + ceType);
        }
        ArticleEvent e;
        try {
            e = json.readValue(value, ArticleEvent.class);
        } catch (JacksonException ex) {
            throw new PoisonEventException("event value is not valid article JSON: " + ex.getOriginalMessage(), ex);
        }
        validate(e);
        if (ceSubject != null && !ceSubject.equals(e.articleId())) {
            throw new PoisonEventException("ce_subject " + ceSubject + " does not match articleId " + e.articleId());
        }
        return new IncomingEvent(e, ceId, parseTime(ceTime, e.updatedAt()));
    }

    public IncomingEvent decode(byte[] value) {
        return decode(value, null, null, null, null);
    }

    private static void validate(ArticleEvent e) {
        require(e != null, "the value is JSON null"); // else a NullPointerException, retried as if transient
        require(e.articleId() != null && !e.articleId().isBlank(), "articleId is required");
        require(e.version() != null && e.version() >= 1, "version must be an integer >= 1");
        require(e.status() != null && STATUSES.contains(e.status()), "status is missing or unknown: " + e.status());
        require(e.slug() != null && SLUG.matcher(e.slug()).matches(), "slug is missing or malformed: " + e.slug());
        require(e.title() != null && !e.title().isBlank(), "title is required");
        require(e.category() != null && e.category().slug() != null && SLUG.matcher(e.category().slug()).matches()
                && e.category().name() != null, "category {slug, name} is required");
        require(e.author() != null && e.author().id() != null && e.author().name() != null,
                "author {id, name} is required");
        require(e.tags() != null && e.tags().stream().allMatch(t -> t != null && !t.isBlank()),
                "tags must be an array of non-empty strings");
        require(e.image() == null || (e.image().url() != null && !e.image().url().isBlank()), "image.url is required");
        require(e.updatedAt() != null, "updatedAt is required");
        require(!e.published() || e.publishedAt() != null, "a PUBLISHED article needs publishedAt");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new PoisonEventException("contract violation: " + message);
        }
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
