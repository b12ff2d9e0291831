package id.newsroom.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo articles through the public editors' API, exactly as a newsroom tool would: upload the photo,
 * create, then publish (back-dated to the article's original time). Skips when the newsroom already has articles, so a restart never
 * loads them twice.
 */
final class DemoLoader {

    static final String EDITOR_USER = "editor";
    static final String EDITOR_PASSWORD = "editor-pass";
    static final String WRITER_USER = "writer";
    static final String WRITER_PASSWORD = "writer-pass";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // article-service learns a photo from media-service's event: a just-uploaded one may be unknown for a moment.
    private static final Duration MEDIA_KNOWN_WITHIN = Duration.ofSeconds(60);

    private final String articleServiceUrl;
    private final String authorization;
    private final DemoPhotos photos;

    DemoLoader(String articleServiceUrl, String mediaServiceUrl) {
        this.articleServiceUrl = articleServiceUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((EDITOR_USER + ":" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.photos = new DemoPhotos(mediaServiceUrl, authorization);
    }

    /** The demo articles shipped with the launcher. */
    List<JsonNode> demoArticles() {
        try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/articles.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/articles.json is missing from the launcher");
            }
            return List.copyOf(json.readTree(in).valueStream().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and publishes every demo article unless articles exist already; returns how many it loaded. */
    int loadIfEmpty() {
        JsonNode page = send("GET", "/api/articles?limit=1", null, 200);
        if (!page.path("items").isEmpty()) {
            return 0;
        }
        // Every photo first: their events reach article-service while the uploads go on, so the stories rarely wait.
        List<ObjectNode> articles = demoArticles().stream().map(d -> (ObjectNode) d.deepCopy()).toList();
        articles.forEach(this::withUploadedPhoto);
        int loaded = 0;
        for (ObjectNode create : articles) {
            String publishedAt = create.remove("publishedAt").asString();
            JsonNode article = createOnceMediaKnown(create);
            ObjectNode publish = json.createObjectNode().put("publishedAt", publishedAt);
            send("POST", "/api/articles/" + article.path("id").asString() + "/publish", publish, 200);
            loaded++;
        }
        return loaded;
    }

    /** A demo image names a shipped photo ({@code "photo": "file.jpg"}): upload it and refer to the media. */
    private void withUploadedPhoto(ObjectNode article) {
        JsonNode image = article.path("image");
        if (image.has("photo")) {
            ObjectNode media = json.createObjectNode();
            media.put("mediaId", photos.mediaId(image.path("photo").asString(), image.path("alt").asString(),
                    image.path("caption").asString(), image.path("credit").asString()));
            media.put("alt", image.path("alt").asString());
            media.put("caption", image.path("caption").asString());
            media.put("credit", image.path("credit").asString());
            article.set("image", media);
        }
    }

    private JsonNode createOnceMediaKnown(ObjectNode article) {
        long deadline = System.nanoTime() + MEDIA_KNOWN_WITHIN.toNanos();
        while (true) {
            HttpResponse<String> response = exchange("POST", "/api/articles", article);
            if (response.statusCode() == 201) {
                return json.readTree(response.body());
            }
            if (response.statusCode() != 422 || !response.body().contains("mediaId")
                    || System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo load: POST /api/articles answered " + response.statusCode()
                        + ": " + response.body());
            }
            try {
                Thread.sleep(200); // the media event is on its way to article-service: poll, bounded above
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Demo load interrupted", e);
            }
        }
    }

    private JsonNode send(String method, String path, JsonNode body, int expectedStatus) {
        HttpResponse<String> response = exchange(method, path, body);
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException("Demo load: " + method + " " + path + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> exchange(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(articleServiceUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Demo load: " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo load interrupted", e);
        }
    }
}
