package id.newsroom.web;

import static id.newsroom.web.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import id.newsroom.web.StubUpstream.Reply;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The desk's preview page, rendered from a stubbed article-service preview answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontend.site-url=https://berita.example.id")
class PreviewPageTest {

    static final StubUpstream STUB = new StubUpstream();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String DRAFT = "/api/previews/draf.c2lnbmF0dXJl";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", STUB::url);
        registry.add("frontend.search-url", STUB::url);
        registry.add("frontend.article-url", STUB::url);
        STUB.on(DRAFT, Reply.json(article("taman-kota-baru", "Taman Kota Baru Dibuka", "<p>Draf isi berita.</p>")));
        STUB.on("/api/previews/basi.c2lnbmF0dXJl", Reply.status(410));
        STUB.on("/api/previews/palsu", Reply.status(404));
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void aPreviewIsTheArticlePageMarkedAndKeptOutOfSearchEnginesAndCaches() {
        HttpResponse<String> response = get("/pratinjau/draf.c2lnbmF0dXJl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("private", "no-store");
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("meta[name=robots]").attr("content")).startsWith("noindex");
        assertThat(html.select(".preview-banner").text()).contains("Pratinjau");
        assertThat(html.select("article.story h1").text()).isEqualTo("Taman Kota Baru Dibuka");
        assertThat(html.select("article.story .body").html()).contains("Draf isi berita.");
        assertThat(html.select("figure.lead-image img")).isNotEmpty();
        assertThat(html.select("link[rel=canonical]")).as("a draft has no public address yet").isEmpty();
        assertThat(html.select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void everyLoadAsksArticleServiceAgainSoTheLatestSaveShows() {
        assertThat(get("/pratinjau/draf.c2lnbmF0dXJl").body()).contains("Taman Kota Baru Dibuka");
        STUB.on(DRAFT, Reply.json(article("taman-kota-baru", "Taman Kota Baru Diresmikan", "<p>Isi baru.</p>")));
        try {
            assertThat(get("/pratinjau/draf.c2lnbmF0dXJl").body()).contains("Taman Kota Baru Diresmikan");
        } finally {
            STUB.on(DRAFT, Reply.json(article("taman-kota-baru", "Taman Kota Baru Dibuka",
                    "<p>Draf isi berita.</p>")));
        }
    }

    @Test
    void anExpiredLinkIs410AndAnUnknownOne404NeitherCached() {
        HttpResponse<String> expired = get("/pratinjau/basi.c2lnbmF0dXJl");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("kedaluwarsa");
        assertThat(expired.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        HttpResponse<String> forged = get("/pratinjau/palsu");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(get("/pratinjau/" + "x".repeat(500)).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
