package id.newsroom.article.media;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a record of news.media.v1 (CloudEvents binary mode) into a {@link MediaEvent}, checking only what an
 * article's image needs; anything else is poison.
 */
@Component
public class MediaDecoder {

    static final String DELETED = "news.media.deleted";
    private static final Set<String> TYPES = Set.of("news.media.created", "news.media.updated", DELETED);

    // Own mapper: the wire format must not follow web-layer Jackson settings (which reject unknown fields).
    private final JsonMapper json = JsonMapper.builder().build();

    /** One decoded media record: its data, and whether the media was deleted. */
    public record Decoded(MediaEvent event, boolean deleted) {}

    public Decoded decode(byte[] value, String ceType, String ceSubject) {
        if (value == null || value.length == 0) {
            throw new PoisonMediaException("empty media value (tombstone or missing data)");
        }
        if (ceType != null && !TYPES.contains(ceType)) {
            throw new PoisonMediaException("unknown ce_type " + ceType);
        }
        MediaEvent e;
        try {
            e = json.readValue(value, MediaEvent.class);
        } catch (JacksonException ex) {
            throw new PoisonMediaException("value is not valid media JSON: " + ex.getOriginalMessage(), ex);
        }
        require(e != null, "the value is JSON null");
        require(e.mediaId() != null && !e.mediaId().isBlank() && e.mediaId().length() <= 64,
                "mediaId is required (1..64 characters)");
        require(e.version() != null && e.version() >= 1, "version must be an integer >= 1");
        require(ceSubject == null || ceSubject.equals(e.mediaId()),
                "ce_subject " + ceSubject + " does not match mediaId " + e.mediaId());
        boolean deleted = DELETED.equals(ceType);
        if (!deleted) { // a deleted media is never rendered again: its version is all that matters
            require(e.width() != null && e.width() >= 1 && e.height() != null && e.height() >= 1,
                    "width and height must be integers >= 1");
            require(e.widths() != null && !e.widths().isEmpty()
                    && e.widths().stream().allMatch(w -> w != null && w >= 1), "widths must list the widths made");
            require(e.urlPattern() != null && e.urlPattern().contains("{variant}")
                    && e.urlPattern().contains("{format}"), "urlPattern needs {variant} and {format}");
        }
        return new Decoded(e, deleted);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new PoisonMediaException("contract violation: " + message);
        }
    }

    static String text(Object header) {
        if (header == null) {
            return null;
        }
        return header instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : header.toString();
    }
}
