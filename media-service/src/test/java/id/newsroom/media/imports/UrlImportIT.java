package id.newsroom.media.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.support.Api;
import id.newsroom.media.support.ItBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports from URLs: a picture server on 127.0.0.2 (allowed by media.imports.allowed in the tests) and every way a
 * URL could reach what it must not, refused with a 422 that says why, storing nothing.
 */
class UrlImportIT extends ItBase {

    private static HttpServer server;
    private static String base;

    @Autowired
    MediaCatalog catalog;

    @BeforeAll
    static void pictureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        byte[] png = fixture("plain.png");
        server.createContext("/photo.png", x -> send(x, 200, png));
        byte[] fresh = uniqueJpeg("exif-gps-orient6.jpg");
        byte[] other = uniqueJpeg("icc-profiled.jpg");
        server.createContext("/fresh.jpg", x -> send(x, 200, fresh));
        server.createContext("/other.jpg", x -> send(x, 200, other));
        server.createContext("/moved", x -> redirect(x, "/fresh.jpg"));
        server.createContext("/hop", x -> redirect(x, "/hop"));
        server.createContext("/svg", x -> send(x, 200, fixture("drawing.svg")));
        server.createContext("/cut.jpg", x -> send(x, 200, fixture("truncated.jpg")));
        server.createContext("/missing", x -> send(x, 404, new byte[0]));
        server.createContext("/huge", x -> {
            x.getResponseHeaders().add("Content-Type", "image/jpeg");
            x.sendResponseHeaders(200, 27L * 1024 * 1024);
            // Keep sending (closing at once raced the importer reading the headers): the importer must refuse from
            // the declared length and hang up.
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 27 * 16; i++) {
                    out.write(chunk);
                }
            } catch (IOException hungUp) {
                x.close();
            }
        });
        server.createContext("/slow", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write(png, 0, 10);
                out.flush();
                Thread.sleep(5000); // longer than media.imports.max-time (3 s in the tests)
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        base = "http://127.0.0.2:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aPictureFromAnAllowedServerIsImportedOnceByItsUrl() {
        Api.Answer first = editor().postJson("/api/media/imports",
                "{\"url\":\"" + base + "/moved\",\"alt\":\"Dari arsip\",\"credit\":\"Arsip\"}");
        assertThat(first.status()).as(first.body()).isIn(200, 201);
        assertThat(first.json().path("sourceUrl").asString()).isEqualTo(base + "/moved");
        Api.Answer again = writer().postJson("/api/media/imports", "{\"url\":\"" + base + "/moved\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());

        Api.Answer other = writer().postJson("/api/media/imports", "{\"url\":\"" + base + "/other.jpg\"}");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(other.header("Location")).isEqualTo("/api/media/" + other.json().path("id").asString());
        assertThat(anonymous().getUrl(other.json().path("variants").path("og").path("jpg").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void urlsLeadingToNonPublicAddressesOrBadAnswersAreRefusedAndStoreNothing() {
        int port = server.getAddress().getPort();
        record Case(String url, String detail) {}
        List<Case> cases = List.of(new Case("http://127.0.0.1:" + port + "/photo.png", "127.0.0.1, a loopback"),
                new Case("http://localhost:" + port + "/photo.png", "a loopback, private"),
                new Case("http://10.1.2.3/a.jpg", "10.1.2.3"),
                new Case("http://192.168.1.1/a.jpg", "192.168.1.1"),
                new Case("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
                new Case("http://[::1]:" + port + "/photo.png", "0:0:0:0:0:0:0:1"),
                new Case("http://[fd00::1]/a.jpg", "fd00"),
                new Case("http://0.0.0.0:" + port + "/photo.png", "0.0.0.0"),
                new Case("http://224.0.0.1/a.jpg", "224.0.0.1"),
                new Case("ftp://example.com/a.jpg", "Only http and https"),
                new Case("file:///etc/passwd", "Only http and https"),
                new Case(base + "/hop", "redirected more than 3 times"),
                new Case(base + "/missing", "answered 404"),
                new Case(base + "/svg", "SVG is not accepted"),
                new Case(base + "/cut.jpg", "cannot be decoded"),
                new Case(base + "/huge", "the limit is 26214400"),
                new Case(base + "/slow", "took longer than 3 s"));
        long blobs = blobCount();
        long documents = catalog.count();
        for (Case c : cases) {
            Api.Answer answer = editor().postJson("/api/media/imports", "{\"url\":\"" + c.url() + "\"}");
            assertThat(answer.status()).as(c.url() + ": " + answer.body()).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString()).as(c.url()).contains(c.detail());
        }
        assertThat(blobCount()).isEqualTo(blobs);
        assertThat(catalog.count()).isEqualTo(documents);
        assertThat(editor().postJson("/api/media/imports", "{\"url\":\"not a url\"}").status()).isEqualTo(400);
        assertThat(anonymous().postJson("/api/media/imports", "{\"url\":\"" + base + "/photo.png\"}").status())
                .isEqualTo(401);
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().add("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }
}
