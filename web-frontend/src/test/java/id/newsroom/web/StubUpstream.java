package id.newsroom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * feed-service and search-service as a loopback HTTP server on a random port: canned answers by path and query, so
 * the frontend's real HTTP client, timeouts and caching are what the tests exercise.
 */
public final class StubUpstream implements AutoCloseable {

    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply json(String body) {
            return new Reply(200, body,
                    Map.of("Content-Type", "application/json", "ETag", "\"" + body.hashCode() + "\""));
        }

        static Reply status(int status) {
            return new Reply(status, "{\"status\":" + status + ",\"detail\":\"stub\"}",
                    Map.of("Content-Type", "application/problem+json"));
        }

        static Reply redirect(String location) {
            return new Reply(301, "", Map.of("Location", location));
        }
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastHeaders = new ConcurrentHashMap<>();

    public StubUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code pathAndQuery} exactly as requested, e.g. "/api/feed?limit=7". */
    public void on(String pathAndQuery, Reply reply) {
        replies.put(pathAndQuery, reply);
    }

    /** While down, every request answers 500, as a failing service behind a proxy would. */
    public void down(boolean isDown) {
        down.set(isDown);
    }

    public int requests(String pathAndQuery) {
        return requests.getOrDefault(pathAndQuery, new AtomicInteger()).get();
    }

    public int notModified(String pathAndQuery) {
        return notModified.getOrDefault(pathAndQuery, new AtomicInteger()).get();
    }

    /** A header of the last request for {@code pathAndQuery}, or null. */
    public String header(String pathAndQuery, String name) {
        Headers headers = lastHeaders.get(pathAndQuery);
        return headers == null ? null : headers.getFirst(name);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        lastHeaders.put(key, exchange.getRequestHeaders());
        requests.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Reply reply = down.get() ? Reply.status(500) : replies.getOrDefault(key, Reply.status(404));
        String etag = reply.headers().get("ETag");
        if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
