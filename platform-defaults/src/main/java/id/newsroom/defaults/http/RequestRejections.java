package id.newsroom.defaults.http;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request refused by a filter (before Spring MVC, so no exception handler runs) as problem+json, and counts
 * it in {@code platform_http_rejections_total{reason}}.
 */
public class RequestRejections {

    public static final String TYPE_BASE = "https://newsroom.id/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeterRegistry registry;

    /** @param registry where rejections are counted; null counts nothing */
    public RequestRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param type   the problem type's last path segment, e.g. {@code rate-limited}
     * @param reason the metric tag, e.g. {@code rate_limit}
     */
    public void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail, String reason) throws IOException {
        count(reason);
        write(request, response, status.value(), TYPE_BASE + type, title, detail);
    }

    /** Writes a problem+json body (and resets whatever was buffered); {@code type} is a full URI. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
            String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        // Services whose headers come from Spring Security refuse here before its header writer runs.
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }

    public void count(String reason) {
        if (registry != null) {
            Counter.builder("platform.http.rejections").description("Requests refused before they reached a controller")
                    .tag("reason", reason).register(registry).increment();
        }
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
