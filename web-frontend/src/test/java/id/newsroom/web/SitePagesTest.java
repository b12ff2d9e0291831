package id.newsroom.web;

import static id.newsroom.web.Fixtures.SUNDAY_MORNING;
import static id.newsroom.web.Fixtures.article;
import static id.newsroom.web.Fixtures.item;
import static id.newsroom.web.Fixtures.page;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages as rendered from stubbed feed and search answers: structure, links, SEO tags and status codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontend.site-url=https://berita.example.id")
class SitePagesTest {

    static final StubUpstream STUB = new StubUpstream();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", STUB::url);
        registry.add("frontend.search-url", STUB::url);
        String lead = item("pemkot-gelar-bimtek", "Pemkot Gelar Bimtek UMKM", "bisnis", SUNDAY_MORNING);
        STUB.on("/api/feed?limit=7", Reply.json(page(null, lead,
                item("jalan-baru", "Jalan Baru Dibuka", "pemerintahan", SUNDAY_MORNING.minusSeconds(600)))));
        STUB.on("/api/feed/categories/bisnis?limit=4", Reply.json(page(null, lead)));
        STUB.on("/api/feed/categories/wisata?limit=4", Reply.json(page(null,
                item("pantai-tanjung-pasir", "Pantai Tanjung Pasir Ramai", "wisata",
                        SUNDAY_MORNING.minusSeconds(900)))));
        STUB.on("/api/feed/categories/bisnis?limit=20", Reply.json(page("b2Zmc2V0", lead)));
        STUB.on("/api/feed/categories/bisnis?limit=20&cursor=b2Zmc2V0", Reply.json(page(null,
                item("pasar-lama", "Pasar Lama Direvitalisasi", "bisnis", SUNDAY_MORNING.minusSeconds(86400)))));
        STUB.on("/api/feed/categories/bisnis?limit=20&cursor=rusak", Reply.status(400));
        STUB.on("/api/articles/pemkot-gelar-bimtek", Reply.json(article("pemkot-gelar-bimtek",
                "Pemkot Gelar Bimtek UMKM", "<p>Pemerintah Kota melatih 300 pelaku UMKM.</p>")));
        STUB.on("/api/articles/judul-lama", Reply.redirect("/api/articles/pemkot-gelar-bimtek"));
        STUB.on("/api/articles/taman-kota", Reply.json(article("taman-kota", "Taman Kota Dibuka", "<p>Isi.</p>")
                .replace("\"version\": 3", "\"version\": 3, \"seo\": {\"title\": \"Taman Kota Cipondoh 2026\", "
                        + "\"description\": \"Jalur lari dan ruang bermain anak.\"}")));
        STUB.on("/api/search/related/id-taman-kota?size=4",
                Reply.json("{\"articleId\": \"id-taman-kota\", \"hits\": []}"));
        STUB.on("/api/articles/legacy/wordpress/42", Reply.json(article("pemkot-gelar-bimtek",
                "Pemkot Gelar Bimtek UMKM", "<p>Isi.</p>")));
        STUB.on("/api/search/related/id-pemkot-gelar-bimtek?size=4", Reply
                .json("""
                        {"articleId": "id-pemkot-gelar-bimtek", "hits": [{"articleId": "x", "slug": "pasar-lama",
                         "title": "Pasar Lama Direvitalisasi", "snippet": "Pasar", "category": {"slug": "bisnis", "name": "Bisnis"},
                         "publishedAt": "2026-11-28T03:00:00Z"}]}"""));
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void homeShowsALeadStoryAndOneBlockPerSectionWithWibDates() {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(html.select("a.skip").attr("href")).isEqualTo("#konten");
        assertThat(html.select("header, nav, main#konten, footer")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(html.select(".card.lead h2 a").text()).isEqualTo("Pemkot Gelar Bimtek UMKM");
        assertThat(html.select(".card.lead img").attr("loading")).isEqualTo("eager");
        assertThat(html.select(".block-title").eachText()).containsExactly("BISNIS", "WISATA");
        assertThat(html.select(".card.lead time").text()).isEqualTo("Minggu, 29 November 2026 | 10:57 WIB");
        assertThat(html.select(".card.lead time").attr("datetime")).isEqualTo("2026-11-29T10:57:00+07:00");
        assertThat(html.select("link[rel=alternate]").eachAttr("href")).contains("/feeds/rss.xml", "/feeds/atom.xml");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo("https://berita.example.id/");
        assertThat(html.select("[data-live]").attr("data-live")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                .contains("s-maxage=60", "stale-while-revalidate=60", "stale-if-error=86400");
    }

    @Test
    void aRepeatedRequestWithTheETagIsNotModified() throws Exception {
        String etag = get("/").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = CLIENT.send(request("/").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void articlePageHasFigureJsonLdAndSharingTags() {
        HttpResponse<String> response = get("/berita/pemkot-gelar-bimtek");
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("h1").text()).isEqualTo("Pemkot Gelar Bimtek UMKM");
        assertThat(html.select(".body p").text()).isEqualTo("Pemerintah Kota melatih 300 pelaku UMKM.");
        assertThat(html.select("figure img").attr("width")).isEqualTo("800");
        assertThat(html.select("figure img").attr("height")).isEqualTo("450");
        assertThat(html.select("figure img").attr("loading")).isEqualTo("eager");
        assertThat(html.select("figure img").attr("fetchpriority")).isEqualTo("high");
        assertThat(html.select("figure img").hasClass("boxed")).as("an external picture of unknown size").isTrue();
        assertThat(html.select("figure figcaption").text()).isEqualTo("Peserta pelatihan Foto: Redaksi");
        assertThat(html.select(".tags a").eachAttr("href")).containsExactly("/tag/umkm", "/tag/tangsel");
        assertThat(html.select(".related h3").text()).isEqualTo("Pasar Lama Direvitalisasi");
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(html.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://img.example.id/pemkot-gelar-bimtek.jpg");
        assertThat(html.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(html.select("meta[name=robots]").attr("content")).contains("max-image-preview:large");
        assertThat(html.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://berita.example.id/berita/pemkot-gelar-bimtek");
        assertThat(html.select("link[rel=alternate]").eachAttr("href")).contains("/feeds/categories/bisnis/rss.xml");

        JsonNode ld = JsonMapper.builder().build().readTree(html.select("script[type=application/ld+json]").html());
        assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asString()).isEqualTo("Pemkot Gelar Bimtek UMKM");
        assertThat(ld.path("image").get(0).asString()).isEqualTo("https://img.example.id/pemkot-gelar-bimtek.jpg");
        assertThat(ld.path("datePublished").asString()).isEqualTo("2026-11-29T10:57:00+07:00");
        assertThat(ld.path("dateModified").asString()).isEqualTo("2026-11-29T11:57:00+07:00");
        assertThat(ld.path("author").get(0).path("name").asString()).isEqualTo("Rina Wartawan");
        assertThat(ld.path("author").get(0).path("url").asString()).isEqualTo("https://berita.example.id/penulis/a-1");
        assertThat(ld.path("publisher").path("logo").path("@type").asString()).isEqualTo("ImageObject");
        assertThat(ld.path("publisher").path("logo").path("url").asString()).startsWith("https://berita.example.id/");
    }

    @Test
    void theNewsroomsSearchEngineWordingIsThePagesTitleAndDescription() {
        Document html = Jsoup.parse(get("/berita/taman-kota").body());
        assertThat(html.title()).isEqualTo("Taman Kota Cipondoh 2026 | Newsroom");
        assertThat(html.select("meta[name=description]").attr("content"))
                .isEqualTo("Jalur lari dan ruang bermain anak.");
        assertThat(html.select("h1").text()).as("the story keeps its headline").isEqualTo("Taman Kota Dibuka");
        Document plain = Jsoup.parse(get("/berita/pemkot-gelar-bimtek").body());
        assertThat(plain.title()).isEqualTo("Pemkot Gelar Bimtek UMKM | Newsroom");
        assertThat(plain.select("meta[name=description]").attr("content"))
                .isEqualTo("Ringkasan Pemkot Gelar Bimtek UMKM.");
    }

    @Test
    void oldSlugsAndWordPressLinksAnswer301ToTheArticlePage() {
        assertRedirect("/berita/judul-lama", "/berita/pemkot-gelar-bimtek");
        assertRedirect("/?p=42", "/berita/pemkot-gelar-bimtek");
        assertRedirect("/pemkot-gelar-bimtek/", "/berita/pemkot-gelar-bimtek");
        assertThat(get("/?p=43").statusCode()).isEqualTo(404);
        assertThat(get("/?p=%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(get("/tidak-ada/").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownArticleIsA404PageCachedAtMostAMinute() {
        HttpResponse<String> response = get("/berita/tidak-ada");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60")
                .doesNotContain("stale");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Berita tidak ditemukan");
    }

    @Test
    void sectionPagesLinkTheNextPageWithTheCursorAndAreTheirOwnCanonical() {
        Document first = Jsoup.parse(get("/kategori/bisnis").body());
        assertThat(first.select("h1").text()).isEqualTo("Bisnis");
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/kategori/bisnis?cursor=b2Zmc2V0");
        assertThat(first.select("[data-live]").attr("data-live")).isEqualTo("bisnis");

        Document second = Jsoup.parse(get("/kategori/bisnis?cursor=b2Zmc2V0").body());
        assertThat(second.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://berita.example.id/kategori/bisnis?cursor=b2Zmc2V0");
        assertThat(second.select(".card h3").text()).isEqualTo("Pasar Lama Direvitalisasi");
        assertThat(second.select("[data-live]")).isEmpty();
    }

    @Test
    void malformedCursorsAndUnknownSectionsAre404NeverA5xx() {
        assertThat(get("/kategori/bisnis?cursor=rusak").statusCode()).isEqualTo(404);
        assertThat(get("/kategori/tidak-ada").statusCode()).isEqualTo(404);
        assertThat(get("/kategori/bisnis?cursor=" + "x".repeat(600)).statusCode()).isEqualTo(404);
        assertThat(get("/tag/%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsNamesTheSitemaps() {
        assertThat(get("/robots.txt").body()).contains("Sitemap: https://berita.example.id/sitemap.xml",
                "Sitemap: https://berita.example.id/sitemap-news.xml");
    }

    @Test
    void theActuatorBeyondHealthIsTheOperatorsAndThePagesPassNoSecurityFilter() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(401);
        String operator = "Basic " + java.util.Base64.getEncoder().encodeToString("operator:operator-pass".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(CLIENT.send(request("/actuator/metrics").header("Authorization", operator).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        for (String path : new String[]{"/actuator/health/readiness", "/actuator/prometheus"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        // Spring Security would answer 401 to bad credentials on any path it guards.
        assertThat(CLIENT.send(request("/robots.txt").header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc=").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    void assertRedirect(String path, String location) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith(location);
    }

    HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
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
