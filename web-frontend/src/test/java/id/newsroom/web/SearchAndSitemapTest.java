package id.newsroom.web;

import static id.newsroom.web.Fixtures.item;
import static id.newsroom.web.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import id.newsroom.web.StubUpstream.Reply;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The search page (snippets, facets, filters, help, hostile input), the Google News sitemap, and degradation: a
 * copy of a page while feed-service fails, a 503 page with Retry-After when there is none, recovery afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontend.site-url=https://berita.example.id", "frontend.upstream.fresh=0s"})
class SearchAndSitemapTest {

    static final StubUpstream STUB = new StubUpstream();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Instant NOW = Instant.now();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", STUB::url);
        registry.add("frontend.search-url", STUB::url);
        STUB.on("/api/search?q=umkm&sort=relevance&page=1&size=10", Reply
                .json("""
                        {"total": 12, "tookMs": 3, "hits": [{"articleId": "a1", "slug": "bimtek-umkm",
                         "title": "Pemkot Gelar Bimtek UMKM", "snippet": "pelatihan &lt;b&gt; <mark>UMKM</mark> di Serpong",
                         "category": {"slug": "bisnis", "name": "Bisnis"}, "publishedAt": "2026-11-29T03:57:00Z", "score": 1.5}],
                         "facets": {"category": [{"slug": "bisnis", "name": "Bisnis", "count": 9},
                                                 {"slug": "wisata", "name": "Wisata", "count": 3}]}}"""));
        STUB.on("/api/search?q=zzz&sort=newest&page=1&size=10",
                Reply.json("{\"total\": 0, \"tookMs\": 1, \"hits\": [], \"facets\": {}}"));
        STUB.on("/api/search?q=umkm&from=kemarin&sort=relevance&page=1&size=10", new Reply(400,
                "{\"status\": 400, \"detail\": \"from must be a date (2026-11-28)\"}",
                Map.of("Content-Type", "application/problem+json")));
        List<String> items = new ArrayList<>();
        items.add(item("baru", "Berita Baru & Penting", "bisnis", NOW.minus(Duration.ofHours(1))));
        items.add(item("kemarin", "Berita Kemarin", "wisata", NOW.minus(Duration.ofHours(30))));
        items.add(item("lama", "Berita Lama", "wisata", NOW.minus(Duration.ofDays(3))));
        STUB.on("/api/feed?limit=100", Reply.json(page(null, items.toArray(String[]::new))));
        STUB.on("/api/feed/tags/banjir?limit=20", Reply.json(page(null, items.get(0))));
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void searchShowsHighlightedSnippetsFacetsWithCountsAndPaging() {
        HttpResponse<String> response = get("/cari?q=umkm");
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("input#q").val()).isEqualTo("umkm");
        assertThat(html.select(".results .snippet mark").text()).isEqualTo("UMKM");
        assertThat(html.select(".results .snippet").text()).contains("<b>"); // escaped by search-service, stays text
        assertThat(html.select(".facets a").eachText()).containsExactly("Bisnis (9)", "Wisata (3)");
        assertThat(html.select(".facets a").first().attr("href")).isEqualTo("/cari?q=umkm&kategori=bisnis");
        assertThat(html.select(".pager a[rel=next]").attr("href")).isEqualTo("/cari?q=umkm&hal=2");
        assertThat(html.select("input[type=date]")).hasSize(2);
        assertThat(html.select("select#urut option")).hasSize(2);
        assertThat(html.select("meta[name=robots]").attr("content")).startsWith("noindex");
    }

    @Test
    void searchWithoutResultsHelpsAndHostileInputIsEscaped() {
        Document none = Jsoup.parse(get("/cari?q=zzz&urut=terbaru").body());
        assertThat(none.select(".help h2").text()).isEqualTo("Tidak ada hasil");
        assertThat(none.select("select#urut option[selected]").val()).isEqualTo("terbaru");

        HttpResponse<String> bad = get("/cari?q=umkm&dari=kemarin");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".notice").text()).contains("from must be a date");

        STUB.on("/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E&sort=relevance&page=1&size=10",
                Reply.json("{\"total\": 0, \"hits\": [], \"facets\": {}}"));
        HttpResponse<String> hostile = get("/cari?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&hal=-1");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void newsSitemapListsTheLastTwoDaysInTheGoogleNewsFormat() throws Exception {
        HttpResponse<String> response = get("/sitemap-news.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList urls = root.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        assertThat(urls.getLength()).isEqualTo(2);
        Element first = (Element) urls.item(0);
        assertThat(text(first, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"))
                .isEqualTo("https://berita.example.id/berita/baru");
        assertThat(text(first, NEWS, "name")).isEqualTo("Newsroom");
        assertThat(text(first, NEWS, "language")).isEqualTo("id");
        assertThat(text(first, NEWS, "title")).isEqualTo("Berita Baru & Penting");
        String date = text(first, NEWS, "publication_date");
        assertThat(date).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(date).toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));

        String index = get("/sitemap.xml").body();
        assertThat(index).contains("<sitemapindex", "https://berita.example.id/sitemap-news.xml",
                "https://berita.example.id/sitemaps/kategori-bisnis.xml");
    }

    @Test
    void aFailingFeedServiceServesTheLastCopyThenA503PageAndRecovers() {
        assertThat(get("/tag/banjir").statusCode()).isEqualTo(200);
        STUB.down(true);
        try {
            HttpResponse<String> copy = get("/tag/banjir");
            assertThat(copy.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(copy.body()).select(".card h3").text()).isEqualTo("Berita Baru & Penting");

            HttpResponse<String> unavailable = get("/tag/kemarau");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Retry-After")).contains("30");
            assertThat(unavailable.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            assertThat(Jsoup.parse(unavailable.body()).select("h1").text()).contains("tidak dapat dihubungi");
        } finally {
            STUB.down(false);
        }
        assertThat(get("/tag/kemarau").statusCode()).isEqualTo(404);
    }

    private static String text(Element parent, String namespace, String name) {
        return parent.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
