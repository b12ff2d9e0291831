package id.newsroom.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads the demo photos shipped with the launcher ({@code demo/photos/}, credited in its CREDITS.md) through the
 * media API, as an editor's browser would (multipart). media-service stores the same bytes once, so a second upload
 * of a photo answers with the media made the first time.
 */
final class DemoPhotos {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String mediaServiceUrl;
    private final String authorization;
    private final Map<String, String> mediaIds = new LinkedHashMap<>();

    DemoPhotos(String mediaServiceUrl, String authorization) {
        this.mediaServiceUrl = mediaServiceUrl;
        this.authorization = authorization;
    }

    /** The media id of a shipped photo (by file name), uploading it on first use. */
    String mediaId(String photo, String alt, String caption, String credit) {
        return mediaIds.computeIfAbsent(photo, p -> upload(p, alt, caption, credit));
    }

    private String upload(String photo, String alt, String caption, String credit) {
        return upload(photo, read("/demo/photos/" + photo), alt, caption, credit).path("id").asString();
    }

    /** Uploads a picture (multipart, as a browser's form would) and answers the media (200 or 201). */
    JsonNode upload(String photo, byte[] bytes, String alt, String caption, String credit) {
        String boundary = "demo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "alt", alt);
        field(body, boundary, "caption", caption);
        field(body, boundary, "credit", credit);
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + photo
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(mediaServiceUrl + "/api/media"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException("Demo photo " + photo + ": POST /api/media answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Demo photo " + photo + ": upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo photo upload interrupted", e);
        }
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        if (value != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoPhotos.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the launcher");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
