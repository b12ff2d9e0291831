package id.newsroom.wordpress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for article-service's archive import and media-service's API (as media-spec.md describes it) on a random
 * port, for the importer's unit tests. Its "old site" is the fixture's uploads directory: an import of
 * {@code https://portal-tangerang.example/wp-content/uploads/X} reads {@code src/test/resources/uploads/X}, and a
 * missing file answers as media-service does when the source answers 404. Media are kept by sha256 and source URL.
 */
final class FakeServices implements AutoCloseable {

    static final Path UPLOADS = Path.of("src/test/resources/uploads");
    static final String USER = "editor:editor-pass";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    /** Every media request: "import URL" or "upload FILENAME". */
    final List<String> mediaRequests = new CopyOnWriteArrayList<>();
    /** Media ids the stand-in article-service has seen (the first line naming one fails, as if it were new). */
    final Set<String> articleServiceKnows = ConcurrentHashMap.newKeySet();
    /** The media events never reach the stand-in article-service (media-service's outbox stuck, say). */
    volatile boolean neverKnowsMedia;
    /** Every NDJSON line article-service accepted. */
    final List<JsonNode> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> bySha = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> bySource = new ConcurrentHashMap<>();

    FakeServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (!("Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8))).equals(auth)) {
                answer(ex, 401, Map.of("title", "Unauthorized", "status", 401));
                return;
            }
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            switch (ex.getRequestMethod() + " " + path) {
                case "GET /api/categories" -> answer(ex, 200, Map.of("items", List.of(section("pemerintahan",
                        "Pemerintahan"), section("bisnis", "Bisnis"), section("wisata", "Wisata"))));
                case "POST /api/imports" -> articles(ex, new String(body, StandardCharsets.UTF_8));
                case "GET /api/media" -> answer(ex, 200, Map.of("items", List.of()));
                case "POST /api/media" -> upload(ex, body);
                case "POST /api/media/imports" -> fetch(ex, JSON.readTree(body));
                default -> answer(ex, 404, Map.of("title", "Not Found", "status", 404));
            }
        }
    }

    /**
     * Imports every line, except that a line naming a media for the first time fails as article-service's does when
     * the media's event has not reached it yet (422 unknown-media): its media is known from then on.
     */
    private void articles(HttpExchange ex, String ndjson) throws IOException {
        int count = 0;
        int number = 0;
        List<Map<String, Object>> failed = new ArrayList<>();
        for (String text : ndjson.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            number++;
            JsonNode line = JSON.readTree(text);
            String mediaId = line.path("image").path("mediaId").asString("");
            if (!mediaId.isEmpty() && (articleServiceKnows.add(mediaId) || neverKnowsMedia)) {
                failed.add(Map.of("line", number, "externalId", line.path("externalId").asString(), "problem",
                        Map.of("type", "https://newsroom.example/problems/unknown-media", "status", 422, "detail",
                                "unknown media '" + mediaId + "' (or not yet known here)")));
                continue;
            }
            lines.add(line);
            count++;
        }
        answer(ex, 200, Map.of("imported", count, "updated", 0, "unchanged", 0, "failed", failed, "slugChanged",
                List.of()));
    }

    private void fetch(HttpExchange ex, JsonNode request) throws IOException {
        String url = request.path("url").asString();
        mediaRequests.add("import " + url);
        Map<String, Object> known = bySource.get(url);
        if (known != null) {
            answer(ex, 200, known);
            return;
        }
        URI uri = URI.create(url);
        Path file = UPLOADS.resolve(uri.getPath().replaceFirst("^/wp-content/uploads/", ""));
        if (!"portal-tangerang.example".equals(uri.getHost()) || !Files.isRegularFile(file)) {
            answer(ex, 422, problem(422, "fetching " + url + " failed: the source answered 404"));
            return;
        }
        Map<String, Object> media = media(ex, Files.readAllBytes(file), url);
        if (media != null) {
            bySource.put(url, media);
        }
    }

    private void upload(HttpExchange ex, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
        int name = text.indexOf("name=\"file\"; filename=\"");
        int start = text.indexOf("\r\n\r\n", name) + 4;
        String boundary = text.substring(0, text.indexOf("\r\n"));
        int end = text.indexOf("\r\n" + boundary, start);
        String filename = text.substring(name + 23, text.indexOf('"', name + 23));
        mediaRequests.add("upload " + filename);
        byte[] file = new byte[end - start];
        System.arraycopy(body, start, file, 0, file.length);
        media(ex, file, null);
    }

    /** Answers 200 with the known media for these bytes, 201 with a new one, or 415 when they are no picture. */
    private Map<String, Object> media(HttpExchange ex, byte[] bytes, String source) throws IOException {
        String sha = sha256(bytes);
        Map<String, Object> known = bySha.get(sha);
        if (known != null) {
            answer(ex, 200, known);
            return known;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            answer(ex, 415, problem(415, "not a picture (JPEG, PNG, GIF or WebP)"));
            return null;
        }
        String id = "0193a1f2-0000-7000-8000-" + sha.substring(0, 12);
        List<Integer> widths = new ArrayList<>(List.of(320));
        for (int w : new int[]{640, 960, 1280, 1600, 2048}) {
            if (w < image.getWidth()) {
                widths.add(w);
            }
        }
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("id", id);
        media.put("width", image.getWidth());
        media.put("height", image.getHeight());
        media.put("widths", widths);
        media.put("urlPattern", url() + "/media/" + id + "/" + sha.substring(0, 10) + "/{variant}.{format}");
        media.put("sourceUrl", source);
        bySha.put(sha, media);
        answer(ex, 201, media);
        return media;
    }

    private static Map<String, Object> section(String slug, String name) {
        return Map.of("slug", slug, "name", name);
    }

    private static Map<String, Object> problem(int status, String detail) {
        return Map.of("type", "about:blank", "title", "Unprocessable", "status", status, "detail", detail);
    }

    private static void answer(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
