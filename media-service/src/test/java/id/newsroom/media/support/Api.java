package id.newsroom.media.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The media API over real HTTP, as a client sees it. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;

    public Api(int port, String user, String password) {
        this.port = port;
        this.authorization = user == null
                ? null
                : "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Answer(int status, String contentType, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer upload(String fileName, byte[] bytes, String declaredType, Map<String, String> fields) {
        String boundary = "----media" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 1024);
        Map<String, String> texts = new LinkedHashMap<>(fields);
        texts.forEach((k, v) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request("/api/media").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Answer upload(String fileName, byte[] bytes) {
        return upload(fileName, bytes, "image/jpeg", Map.of());
    }

    /**
     * Announces an upload of {@code length} bytes and reads the answer without sending the body: a server that
     * refuses by Content-Length answers before reading (a client still sending would see a reset instead).
     *
     * @return the status line and headers the server answered
     */
    public String announceUpload(long length) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // Read up to the end of the problem's JSON (the server may keep the connection open).
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.append((char) b);
                if (b == '}' && answer.indexOf("\r\n\r\n") > 0) {
                    break;
                }
            }
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    /** A variant URL as the API answers it (its public-url prefix replaced by this server). */
    public Answer getUrl(String url) {
        return get(URI.create(url).getPath());
    }

    public Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer patchJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
