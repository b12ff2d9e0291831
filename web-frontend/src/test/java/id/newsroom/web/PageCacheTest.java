package id.newsroom.web;

import static id.newsroom.web.Fixtures.SUNDAY_MORNING;
import static id.newsroom.web.Fixtures.article;
import static id.newsroom.web.Fixtures.item;
import static id.newsroom.web.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import id.newsroom.web.StubUpstream.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.DigestUtils;

/**
 * The rendered-page cache against a real HTTP stand-in for feed and search: a page is served as it was while its
 * upstream answers are fresh, confirmed by 304s without rendering once they are not, rendered anew when one changed,
 * and never kept when it is not a 200. Each test has its own pages and upstream addresses (one application for all).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontend.site-url=https://berita.example.id", "frontend.upstream.fresh=3s",
                "frontend.upstream.article-fresh=3s"})
class PageCacheTest {

    static final StubUpstream STUB = new StubUpstream();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", STUB::url);
        registry.add("frontend.search-url", STUB::url);
        for (String section : new String[]{"bisnis", "wisata", "properti"}) {
            STUB.on("/api/feed/categories/" + section + "?limit=20", Reply.json(page(null,
                    item("cerita-" + section, "Cerita " + section, section, SUNDAY_MORNING))));
        }
        STUB.on("/api/feed/tags/banjir?limit=20", Reply.json(page(null,
                item("banjir-surut", "Banjir Surut", "pemerintahan", SUNDAY_MORNING))));
        for (String slug : new String[]{"taman-kota", "pasar-baru"}) {
            STUB.on("/api/articles/" + slug, Reply.json(article(slug, "Judul " + slug, "<p>Isi pertama.</p>")));
            STUB.on("/api/search/related/id-" + slug + "?size=4",
                    Reply.json("{\"articleId\": \"id-" + slug + "\", \"hits\": []}"));
        }
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void aSecondRequestWithinFreshIsTheSamePageWithoutAskingUpstream() {
        double rendered = served("rendered");
        HttpResponse<String> first = get("/kategori/bisnis");
        HttpResponse<String> second = get("/kategori/bisnis");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("Cerita bisnis");
        assertThat(STUB.requests("/api/feed/categories/bisnis?limit=20")).isEqualTo(1);
        assertThat(served("rendered")).isEqualTo(rendered + 1);
        for (String header : new String[]{"ETag", "Cache-Control", "Content-Type", "Content-Language"}) {
            assertThat(second.headers().firstValue(header)).as(header).isPresent()
                    .isEqualTo(first.headers().firstValue(header));
        }
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("s-maxage=60");
        assertThat(second.headers().firstValue("Content-Language")).contains("id");
        assertThat(second.headers().firstValue("Content-Security-Policy")).as("the outer filters still run")
                .isPresent();
    }

    @Test
    void afterFreshUnchangedAnswersAreConfirmedBy304sAndThePageIsNotRenderedAgain() {
        HttpResponse<String> first = get("/kategori/wisata");
        double rendered = served("rendered");
        double revalidated = served("revalidated");

        HttpResponse<String> later = await().atMost(PATIENCE).until(() -> get("/kategori/wisata"),
                r -> STUB.notModified("/api/feed/categories/wisata?limit=20") > 0);

        assertThat(later.body()).isEqualTo(first.body());
        assertThat(later.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(served("rendered")).as("no rendering").isEqualTo(rendered);
        assertThat(served("revalidated")).isGreaterThan(revalidated);
    }

    @Test
    void whenAnUpstreamAnswerChangesThePageShowsIt() {
        HttpResponse<String> before = get("/tag/banjir");
        assertThat(before.body()).contains("Banjir Surut");

        STUB.on("/api/feed/tags/banjir?limit=20", Reply.json(page(null,
                item("banjir-lagi", "Banjir Datang Lagi", "pemerintahan", SUNDAY_MORNING.plusSeconds(60)),
                item("banjir-surut", "Banjir Surut", "pemerintahan", SUNDAY_MORNING))));

        HttpResponse<String> after = await().atMost(PATIENCE).until(() -> get("/tag/banjir"),
                r -> r.body().contains("Banjir Datang Lagi"));
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
    }

    @Test
    void aReloadAsksUpstreamAtOnceSoTheLiveBannersNewsIsThere() {
        assertThat(get("/kategori/properti").body()).doesNotContain("Rumah Baru");
        STUB.on("/api/feed/categories/properti?limit=20", Reply.json(page(null,
                item("rumah-baru", "Rumah Baru", "properti", SUNDAY_MORNING.plusSeconds(60)))));

        HttpResponse<String> reload = send(request("/kategori/properti").header("Cache-Control", "max-age=0"));
        assertThat(reload.body()).contains("Rumah Baru");
        assertThat(get("/kategori/properti").body()).as("and kept").contains("Rumah Baru");
    }

    @Test
    void aNotFoundIsRenderedEachTimeNeverKeptAsAPage() {
        double rendered = served("rendered");
        HttpResponse<String> first = get("/berita/tidak-ada");
        HttpResponse<String> second = get("/berita/tidak-ada");

        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60")
                .doesNotContain("stale");
        assertThat(served("rendered")).isEqualTo(rendered + 2);
        assertThat(STUB.requests("/api/articles/tidak-ada")).as("the upstream answer is reused").isEqualTo(1);
    }

    @Test
    void ifNoneMatchWithThePagesETagIsNotModifiedAndTheETagIsThatOfTheBytes() {
        HttpResponse<String> page = get("/berita/taman-kota");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0" + DigestUtils.md5DigestAsHex(page.body().getBytes(StandardCharsets.UTF_8))
                + "\"");

        HttpResponse<String> again = send(request("/berita/taman-kota").header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(send(request("/berita/taman-kota").header("If-None-Match", "\"0other\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anArticlesRelatedStoriesAreAskedOnceWithinTheirFreshnessEvenWhenTheArticleChanges() {
        assertThat(get("/berita/pasar-baru").body()).contains("Isi pertama.");
        STUB.on("/api/articles/pasar-baru",
                Reply.json(article("pasar-baru", "Judul pasar-baru", "<p>Isi yang diperbarui.</p>")));

        await().atMost(PATIENCE).until(() -> get("/berita/pasar-baru").body().contains("Isi yang diperbarui."));
        assertThat(STUB.requests("/api/articles/pasar-baru")).isGreaterThan(1);
        assertThat(STUB.requests("/api/search/related/id-pasar-baru?size=4")).isEqualTo(1);
    }

    @Test
    void theCacheIsMeasured() {
        get("/kategori/hukum");
        assertThat(registry.find("cache.gets").tag("cache", "web_pages").functionCounters()).isNotEmpty();
        assertThat(registry.find("cache.size").tag("cache", "web_pages").gauge().value()).isPositive();
    }

    private double served(String outcome) {
        return registry.get("web.pages.served").tag("outcome", outcome).counter().count();
    }

    HttpResponse<String> get(String path) {
        return send(request(path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
