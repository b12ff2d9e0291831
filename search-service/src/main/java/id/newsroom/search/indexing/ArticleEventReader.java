package id.newsroom.search.indexing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.defaults.contract.ContractViolationException;
import id.newsroom.defaults.contract.JsonContract;
import tools.jackson.databind.JsonNode;

/**
 * Reads an event value: first the check every consumer makes, that contracts/article-event.schema.json accepts it
 * (platform-defaults' {@link JsonContract}, the same as feed's), then search's own tolerant reading of the fields it
 * indexes. Anything the schema rejects, no value included, is a {@link PoisonEventException} whose message names the
 * violations; unknown fields are ignored.
 */
public final class ArticleEventReader {

    private static final JsonContract CONTRACT = JsonContract.load("contracts/article-event.schema.json");

    public ArticleEvent read(byte[] value) {
        JsonNode root;
        try {
            root = CONTRACT.read(value);
        } catch (ContractViolationException e) {
            throw new PoisonEventException("contract violation: " + e.getMessage(), e);
        }
        JsonNode category = root.path("category");
        JsonNode author = root.path("author");
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(tag -> tags.add(tag.asString()));
        return new ArticleEvent(root.get("articleId").asString(), root.get("version").asLong(),
                root.get("status").asString(), text(root, "slug"), text(root, "title"), text(root, "summary"),
                text(root, "body"), text(category, "slug"), text(category, "name"), tags, text(author, "id"),
                text(author, "name"), instant(root, "publishedAt"), instant(root, "updatedAt"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : parseInstant(text, field);
    }

    /** The schema accepts every RFC 3339 date-time; java.time not quite all of them (a leap second): poison too. */
    static Instant parseInstant(String text, String what) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(what + " is not an RFC 3339 date-time: " + text, e);
        }
    }
}
