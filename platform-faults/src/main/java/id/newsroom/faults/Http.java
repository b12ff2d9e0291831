package id.newsroom.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the platform; editors' calls carry the local demo editor's Basic auth. */
final class Http {

    static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-pass".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** A reader's GET; throws IOException when the service is not there. */
    HttpResponse<String> get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET().build());
    }

    /** An editor's call; {@code body} null sends none, {@code ifMatch} null no If-Match. */
    HttpResponse<String> editor(String method, String url, String body, Long ifMatch) throws IOException {
        return editor(method, url, body, ifMatch == null ? null : "\"" + ifMatch + "\"");
    }

    /** An editor's call with the ETag as the service answered it (a working copy's is not a bare version). */
    HttpResponse<String> editor(String method, String url, String body, String etag) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40))
                .header("Authorization", EDITOR);
        if (etag != null) {
            b.header("If-Match", etag);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(b.build());
    }

    JsonNode parse(String body) {
        return json.readTree(body);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    boolean isReady(String baseUrl) {
        try {
            return get(baseUrl + "/actuator/health/readiness").statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
