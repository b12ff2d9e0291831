package id.newsroom.search.indexing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event value (contracts/article-event.schema.json) and checks the parts search relies on. Anything that
 * breaks the contract is a {@link PoisonEventException}; unknown fields are ignored.
 */
public final class ArticleEventReader {

    private static final Set<String> STATUSES = Set.of("DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "DELETED");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public ArticleEvent read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new PoisonEventException("empty value");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PoisonEventException("value is not a JSON object");
        }
        String id = text(root, "articleId", true, 64);
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
            throw new PoisonEventException("version must be an integer >= 1");
        }
        String status = text(root, "status", true, 20);
        if (!STATUSES.contains(status)) {
            throw new PoisonEventException("unknown status " + status);
        }
        boolean published = "PUBLISHED".equals(status);
        // A withdrawn article needs only its id and version; a published one needs what readers will see.
        String title = text(root, "title", published, 200);
        JsonNode category = root.get("category");
        JsonNode author = root.get("author");
        if (published && (category == null || !category.isObject() || author == null || !author.isObject())) {
            throw new PoisonEventException("category and author objects are required");
        }
        return new ArticleEvent(id, version.asLong(), status,
                text(root, "slug", published, 250),
                title,
                text(root, "summary", false, 500),
                text(root, "body", false, Integer.MAX_VALUE),
                category == null ? null : text(category, "slug", published, 100),
                category == null ? null : text(category, "name", false, 100),
                tags(root.get("tags")),
                author == null ? null : text(author, "id", published, 100),
                author == null ? null : text(author, "name", false, 200),
                instant(root, "publishedAt", published),
                instant(root, "updatedAt", false));
    }

    private static String text(JsonNode node, String field, boolean required, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new PoisonEventException(field + " is required");
            }
            return null;
        }
        if (!value.isString()) {
            throw new PoisonEventException(field + " must be a string");
        }
        String text = value.asString();
        if (required && text.isBlank()) {
            throw new PoisonEventException(field + " must not be blank");
        }
        if (text.length() > maxLength) {
            throw new PoisonEventException(field + " is longer than " + maxLength);
        }
        return text;
    }

    private static List<String> tags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (!node.isArray() || node.size() > 20) {
            throw new PoisonEventException("tags must be an array of at most 20 strings");
        }
        for (JsonNode tag : node) {
            if (!tag.isString() || tag.asString().isBlank() || tag.asString().length() > 50) {
                throw new PoisonEventException("tags must be non-blank strings of at most 50 characters");
            }
            tags.add(tag.asString());
        }
        return tags;
    }

    private static Instant instant(JsonNode node, String field, boolean required) {
        String text = text(node, field, required, 64);
        return text == null ? null : parseInstant(text, field);
    }

    static Instant parseInstant(String text, String what) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(what + " is not an RFC 3339 date-time: " + text, e);
        }
    }
}
