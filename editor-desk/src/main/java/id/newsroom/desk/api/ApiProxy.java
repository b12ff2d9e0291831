package id.newsroom.desk.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import id.newsroom.desk.DeskProperties;
import id.newsroom.desk.security.AccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's way to the APIs: {@code /desk-api/articles/**}, {@code /desk-api/categories} and
 * {@code /desk-api/media/**} are passed to article-service and media-service with the user's access token added
 * (the session cookie and CSRF token are checked before). Status, body and the headers the editor needs (ETag,
 * Location, Retry-After) come back unchanged, so the APIs' problem+json reaches the script as they wrote it.
 */
@RestController
class ApiProxy {

    /** Request headers passed on: conditional writes, the edit session of the lock, content negotiation. */
    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "If-Match", "Edit-Session", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location", "Retry-After");

    private final DeskProperties props;
    private final AccessTokens tokens;
    private final HttpClient http;

    ApiProxy(DeskProperties props, AccessTokens tokens) {
        this.props = props;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
    }

    @RequestMapping({"/desk-api/articles", "/desk-api/articles/**", "/desk-api/categories", "/desk-api/media",
            "/desk-api/media/**"})
    void forward(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
        String path = request.getRequestURI().substring("/desk-api".length());
        String base = path.startsWith("/media") ? props.mediaUrl() : props.articleUrl();
        String query = request.getQueryString();
        HttpRequest.Builder upstream = HttpRequest.newBuilder(URI.create(base + "/api" + path
                + (query == null ? "" : "?" + query))).timeout(props.timeout())
                .header("Authorization", "Bearer " + tokens.current(request, response));
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                upstream.header(name, value);
            }
        }
        String method = request.getMethod();
        boolean hasBody = !"GET".equals(method) && !"HEAD".equals(method) && !"DELETE".equals(method);
        // Read whole (the body limits of platform-defaults bound it): the APIs get a Content-Length, not chunks.
        upstream.method(method, hasBody
                ? HttpRequest.BodyPublishers.ofByteArray(request.getInputStream().readAllBytes())
                : HttpRequest.BodyPublishers.noBody());
        HttpResponse<byte[]> answer = http.send(upstream.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.setStatus(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(v -> response.setHeader(name, v));
        }
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(answer.body());
    }
}
