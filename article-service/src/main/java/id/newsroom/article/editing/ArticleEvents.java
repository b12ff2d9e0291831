package id.newsroom.article.editing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import id.newsroom.article.outbox.PendingEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Builds the event for one committed change: the whole article state (contracts/article-event.schema.json). */
@Component
public class ArticleEvents {

    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

    // Own mapper: the wire format must not follow web-layer Jackson settings.
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ObjectProvider<Tracer> tracer;

    public ArticleEvents(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public PendingEvent pending(Article a, ChangeKind change) {
        return new PendingEvent(Ids.uuidV7(), a.version(), change.eventType(), a.id(), a.updatedAt(),
                currentTraceparent(), mapper.writeValueAsString(payload(a, change)));
    }

    static Map<String, Object> payload(Article a, ChangeKind change) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", a.id());
        m.put("version", a.version());
        m.put("change", change.value());
        m.put("status", a.status().name());
        m.put("slug", a.slug());
        m.put("title", a.title());
        m.put("summary", a.summary());
        m.put("body", a.body());
        m.put("category", Map.of("slug", a.category().slug(), "name", a.category().name()));
        m.put("tags", a.tags());
        m.put("author", Map.of("id", a.author().id(), "name", a.author().name()));
        if (a.image() == null) {
            m.put("image", null);
        } else {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("url", a.image().url());
            image.put("caption", a.image().caption());
            image.put("credit", a.image().credit());
            putIfPresent(image, "mediaId", a.image().mediaId()); // the media fields are optional in the contract
            putIfPresent(image, "alt", a.image().alt());
            putIfPresent(image, "width", a.image().width());
            putIfPresent(image, "height", a.image().height());
            putIfPresent(image, "widths", a.image().widths());
            putIfPresent(image, "urlPattern", a.image().urlPattern());
            m.put("image", image);
        }
        m.put("publishedAt", time(a.publishedAt()));
        m.put("updatedAt", time(a.updatedAt()));
        m.put("scheduledAt", time(a.scheduledAt()));
        if (a.seo() != null) { // optional in the contract: only when the newsroom wrote its own
            Map<String, Object> seo = new LinkedHashMap<>();
            seo.put("title", a.seo().title());
            seo.put("description", a.seo().description());
            m.put("seo", seo);
        }
        if (a.legacy() != null) { // optional in the contract: only imported articles have one
            Map<String, Object> legacy = new LinkedHashMap<>();
            legacy.put("wordpressId", a.legacy().wordpressId());
            legacy.put("permalink", a.legacy().permalink());
            m.put("legacy", legacy);
        }
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String time(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }

    /** The W3C trace context of the change: the current span (tracing on), else the request's own header. */
    private String currentTraceparent() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span != null && !span.isNoop()) {
            TraceContext c = span.context();
            return "00-" + c.traceId() + "-" + c.spanId() + "-" + (Boolean.TRUE.equals(c.sampled()) ? "01" : "00");
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            String tp = request.getHeader("traceparent");
            if (tp != null && TRACEPARENT.matcher(tp.trim()).matches()) {
                return tp.trim();
            }
        }
        return null;
    }
}
