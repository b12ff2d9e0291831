package id.newsroom.wordpress;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** article-service over HTTP: its sections, and {@code POST /api/imports} with NDJSON. */
final class ImportClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    /** The server refused the request itself (not a line of it). */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    ImportClient(String baseUrl, String user) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    /** slug -> name of the newsroom's sections ({@code GET /api/categories}). */
    Map<String, String> sections() throws IOException, InterruptedException {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/categories")).GET());
        Map<String, String> sections = new LinkedHashMap<>();
        body.path("items").forEach(c -> sections.put(c.path("slug").asString(), c.path("name").asString()));
        return sections;
    }

    /** Sends lines (one JSON object each) and returns the server's report. */
    JsonNode importLines(String ndjson) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/imports"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)));
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(request.header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("cannot reach article-service at " + baseUrl + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        if (r.statusCode() != 200) {
            String detail = r.body();
            try {
                detail = JSON.readTree(r.body()).path("detail").asString(r.body());
            } catch (RuntimeException ignored) {
                // not a problem document: show the body as it is
            }
            throw new RefusedException("article-service answered " + r.statusCode() + ": " + detail);
        }
        return JSON.readTree(r.body());
    }
}
