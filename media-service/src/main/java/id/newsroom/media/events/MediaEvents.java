package id.newsroom.media.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.newsroom.media.catalog.Media;
import id.newsroom.media.config.MediaProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The event of a change: the whole current state (contracts/media-event.schema.json). */
@Component
public class MediaEvents {

    public static final String CREATED = "news.media.created";
    public static final String UPDATED = "news.media.updated";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MediaProperties properties;

    public MediaEvents(MediaProperties properties) {
        this.properties = properties;
    }

    public PendingEvent pending(Media m, String type) {
        return new PendingEvent(UUID.randomUUID().toString(), type, m.id(), m.updatedAt(),
                JSON.writeValueAsString(data(m)));
    }

    public String urlPattern(Media m) {
        return properties.variantBase(m.id(), m.revision()) + "{variant}.{format}";
    }

    Map<String, Object> data(Media m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mediaId", m.id());
        data.put("version", m.version());
        data.put("revision", m.revision());
        data.put("width", m.width());
        data.put("height", m.height());
        data.put("alt", m.alt());
        data.put("caption", m.caption());
        data.put("credit", m.credit());
        data.put("focalPoint", Map.of("x", m.focalPoint().x(), "y", m.focalPoint().y()));
        data.put("widths", m.widths());
        data.put("urlPattern", urlPattern(m));
        data.put("createdAt", millis(m.createdAt()));
        data.put("updatedAt", millis(m.updatedAt()));
        return data;
    }

    private static String millis(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
