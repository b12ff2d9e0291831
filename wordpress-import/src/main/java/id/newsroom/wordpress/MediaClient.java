package id.newsroom.wordpress;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * media-service over HTTP: {@code POST /api/media/imports} (it fetches the old site's URL itself; idempotent by that
 * URL) and {@code POST /api/media} (a local file, multipart; deduplicated by its bytes). Both answer 201 for a new
 * media and 200 for one it already had.
 */
final class MediaClient {

    /** media-service's answer for one picture: the media, or why there is none. */
    record Answer(Media media, String failure) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // media-service fetches the old URL and makes the variants within the request: allow it time for a big picture.
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    MediaClient(String baseUrl, String user) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    /** Fails when media-service cannot be reached or refuses the credentials: better than a run without pictures. */
    void check() throws IOException, InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(request("/api/media?limit=1").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("cannot reach media-service at " + baseUrl + " (" + message(e)
                    + "); start it, point --media-url at it, or keep the pictures on the old site with --no-pictures",
                    e);
        }
        if (r.statusCode() != 200) {
            throw new IOException("media-service at " + baseUrl + " answered " + r.statusCode() + ": "
                    + detail(r.body()));
        }
    }

    /** media-service fetches the picture at {@code url}. */
    Answer importUrl(String url, String alt, String caption, String credit) throws InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("url", url);
        putIfPresent(body, "alt", alt);
        putIfPresent(body, "caption", caption);
        putIfPresent(body, "credit", credit);
        return send(request("/api/media/imports").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    /** Uploads a local file (streamed from disk, not read into memory). */
    Answer upload(Path file, String alt, String caption, String credit) throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            return new Answer(null, "file missing: " + file);
        }
        String boundary = "wordpress-import-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        putIfPresent(fields, "alt", alt);
        putIfPresent(fields, "caption", caption);
        putIfPresent(fields, "credit", credit);
        fields.forEach((name, value) -> parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")));
        String filename = file.getFileName().toString().replace("\"", "");
        parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType(filename) + "\r\n\r\n"));
        try {
            parts.add(HttpRequest.BodyPublishers.ofFile(file));
        } catch (IOException e) {
            return new Answer(null, "file unreadable: " + file + " (" + message(e) + ")");
        }
        parts.add(text("\r\n--" + boundary + "--\r\n"));
        return send(request("/api/media").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(REQUEST_TIMEOUT);
    }

    private Answer send(HttpRequest.Builder request) throws InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Answer(null, "media-service did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(null, "cannot reach media-service at " + baseUrl + " (" + message(e) + ")");
        }
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            return new Answer(null, "media-service answered " + r.statusCode() + ": " + detail(r.body()));
        }
        try {
            JsonNode m = JSON.readTree(r.body());
            List<Integer> widths = new ArrayList<>();
            m.path("widths").forEach(w -> widths.add(w.asInt()));
            String id = m.path("id").asString("");
            String pattern = m.path("urlPattern").asString("");
            if (id.isEmpty() || pattern.isEmpty()) {
                return new Answer(null, "media-service answered " + r.statusCode() + " without id or urlPattern");
            }
            return new Answer(new Media(id, m.path("width").asInt(), m.path("height").asInt(), widths, pattern,
                    r.statusCode() == 200), null);
        } catch (RuntimeException e) {
            return new Answer(null, "media-service answered " + r.statusCode() + " with unreadable JSON");
        }
    }

    private static HttpRequest.BodyPublisher text(String s) {
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String contentType(String filename) {
        String name = filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".gif")) {
            return "image/gif";
        } else if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
    }

    /** A problem document's detail (RFC 9457), else the body as it is. */
    private static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String detail = problem.path("detail").asString("");
            return detail.isEmpty() ? problem.path("title").asString(body) : detail;
        } catch (RuntimeException e) {
            return body == null || body.isBlank() ? "(no body)" : body.strip();
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
