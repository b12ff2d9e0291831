package id.newsroom.web;

import static id.newsroom.web.Fixtures.MEDIA_BASE;
import static id.newsroom.web.Fixtures.article;
import static id.newsroom.web.Fixtures.item;
import static id.newsroom.web.Fixtures.mediaImage;
import static id.newsroom.web.Fixtures.mediaItem;
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
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import id.newsroom.web.StubUpstream.Reply;
import id.newsroom.web.media.Slot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos of media-service on the pages: pictures with WebP and JPEG srcsets, the lead eager and the rest lazy, the og
 * crop for sharing, the three crops in JSON-LD, pictures in a body, and image tags in the sitemaps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontend.site-url=https://berita.example.id")
class PicturesOnPagesTest {

    static final StubUpstream STUB = new StubUpstream();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Instant NOW = Instant.now();
    static final String WEBP_SRCSET = MEDIA_BASE + "w320.webp 320w, " + MEDIA_BASE + "w640.webp 640w, " + MEDIA_BASE
            + "w960.webp 960w, " + MEDIA_BASE + "w1280.webp 1280w, " + MEDIA_BASE + "w1600.webp 1600w, " + MEDIA_BASE
            + "w2048.webp 2048w";
    static final String BODY = "<p>Isi berita.</p><p><img src=\"" + MEDIA_BASE
            + "w960.jpg\" alt=\"Suasana kelas\" width=\"960\" height=\"640\"></p>";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", STUB::url);
        registry.add("frontend.search-url", STUB::url);
        String lead = mediaItem("foto-bimtek", "Pemkot Gelar Bimtek UMKM", "bisnis", NOW.minusSeconds(600));
        String external = item("jalan-baru", "Jalan Baru Dibuka", "bisnis", NOW.minusSeconds(1200));
        String noImage = item("tanpa-foto", "Berita Tanpa Foto", "bisnis", NOW.minusSeconds(1800))
                .replaceFirst("\"image\": \\{[^}]*\\}", "\"image\": null");
        STUB.on("/api/feed?limit=7", Reply.json(page(null, lead, external, noImage)));
        STUB.on("/api/feed?limit=100", Reply.json(page(null, lead, external, noImage)));
        STUB.on("/api/feed/categories/bisnis?limit=4", Reply.json(page(null, lead, external)));
        STUB.on("/api/feed/categories/bisnis?limit=20", Reply.json(page(null, lead, external)));
        STUB.on("/api/feed/categories/bisnis?limit=100", Reply.json(page(null, lead, external, noImage)));
        STUB.on("/api/articles/foto-bimtek", Reply.json(article("foto-bimtek", "Pemkot Gelar Bimtek UMKM",
                BODY.replace("\"", "\\\""), mediaImage())));
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void articlePageShowsItsLeadPictureEagerlyAndTheBodysPictureLazily() throws Exception {
        HttpResponse<String> response = get("/berita/foto-bimtek", null);
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        Element source = html.selectFirst("figure.lead-image picture > source[type=image/webp]");
        assertThat(source.attr("srcset")).isEqualTo(WEBP_SRCSET);
        assertThat(source.attr("sizes")).isEqualTo(Slot.ARTICLE_LEAD.sizes());
        Element img = html.selectFirst("figure.lead-image picture > img");
        assertThat(img.attr("src")).isEqualTo(MEDIA_BASE + "w960.jpg");
        assertThat(img.attr("srcset")).isEqualTo(WEBP_SRCSET.replace(".webp", ".jpg"));
        assertThat(img.attr("sizes")).isEqualTo(Slot.ARTICLE_LEAD.sizes());
        assertThat(img.attr("width")).isEqualTo("4000");
        assertThat(img.attr("height")).isEqualTo("3000");
        assertThat(img.attr("alt")).isEqualTo("Peserta bimtek di aula kecamatan");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.hasAttr("class")).isFalse();
        assertThat(html.select("figure figcaption").text()).isEqualTo("Peserta pelatihan Foto: Redaksi");

        Element preload = html.selectFirst("head link[rel=preload][as=image]");
        assertThat(preload.attr("imagesrcset")).isEqualTo(WEBP_SRCSET);
        assertThat(preload.attr("imagesizes")).isEqualTo(Slot.ARTICLE_LEAD.sizes());
        assertThat(preload.attr("type")).isEqualTo("image/webp");

        Element bodyPicture = html.selectFirst(".body picture");
        assertThat(bodyPicture.selectFirst("source[type=image/webp]").attr("srcset")).isEqualTo(MEDIA_BASE
                + "w320.webp 320w, " + MEDIA_BASE + "w640.webp 640w, " + MEDIA_BASE + "w960.webp 960w");
        assertThat(bodyPicture.selectFirst("img").attr("width")).isEqualTo("960");
        assertThat(bodyPicture.selectFirst("img").attr("height")).isEqualTo("640");

        Elements images = html.select("img");
        assertThat(images).allSatisfy(i -> assertThat(i.attr("width")).as(i.toString()).isNotEmpty())
                .allSatisfy(i -> assertThat(i.attr("height")).as(i.toString()).isNotEmpty());
        assertThat(images.stream().filter(i -> i != img).toList()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.attr("loading")).isEqualTo("lazy"))
                .allSatisfy(i -> assertThat(i.hasAttr("fetchpriority")).isFalse());

        // The rewritten body is part of the page: same bytes, same ETag, 304, and the article's caching policy.
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60",
                "s-maxage=300", "stale-while-revalidate=600", "stale-if-error=86400");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/berita/foto-bimtek", null).headers().firstValue("ETag")).contains(etag);
        assertThat(get("/berita/foto-bimtek", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void articlePageSharesTheOgCropAndListsTheThreeCropsInItsJsonLd() {
        Document html = Jsoup.parse(get("/berita/foto-bimtek", null).body());
        assertThat(meta(html, "property", "og:image")).isEqualTo(MEDIA_BASE + "og.jpg");
        assertThat(meta(html, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(html, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(html, "property", "og:image:alt")).isEqualTo("Peserta bimtek di aula kecamatan");
        assertThat(meta(html, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(html, "name", "twitter:image")).isEqualTo(MEDIA_BASE + "og.jpg");
        assertThat(meta(html, "name", "twitter:image:alt")).isEqualTo("Peserta bimtek di aula kecamatan");

        JsonNode ld = JsonMapper.builder().build().readTree(html.select("script[type=application/ld+json]").html());
        List<String> images = new ArrayList<>();
        ld.path("image").forEach(n -> images.add(n.asString()));
        assertThat(images).containsExactly(MEDIA_BASE + "16x9.jpg", MEDIA_BASE + "4x3.jpg", MEDIA_BASE + "1x1.jpg");
    }

    @Test
    void homeLeadIsEagerWithHighPriorityAndEveryOtherPictureIsLazy() {
        Document html = Jsoup.parse(get("/", null).body());
        Element lead = html.selectFirst(".card.lead picture > img");
        assertThat(lead.attr("loading")).isEqualTo("eager");
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.attr("sizes")).isEqualTo(Slot.HOME_LEAD.sizes());
        assertThat(html.selectFirst(".card.lead picture > source[type=image/webp]").attr("srcset"))
                .isEqualTo(WEBP_SRCSET);
        assertThat(html.select(".latest img")).as("the latest list shows no pictures").isEmpty();

        Elements blockImages = html.select(".block img");
        assertThat(blockImages).hasSize(2).allSatisfy(i -> {
            assertThat(i.attr("loading")).isEqualTo("lazy");
            assertThat(i.hasAttr("fetchpriority")).isFalse();
            assertThat(i.attr("width")).isNotEmpty();
            assertThat(i.attr("height")).isNotEmpty();
        });
        assertThat(blockImages.first().attr("sizes")).isEqualTo(Slot.GRID.sizes());
        assertThat(blockImages.last().attr("src")).as("an external picture as before")
                .isEqualTo("https://img.example.id/jalan-baru.jpg");
        assertThat(blockImages.last().attr("width")).isEqualTo("320");
        assertThat(html.select("img[loading=eager]")).hasSize(1);

        assertThat(meta(html, "property", "og:image")).isEqualTo("https://berita.example.id/img/default-share.png");
        assertThat(meta(html, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(html, "property", "og:image:height")).isEqualTo("630");
    }

    @Test
    void sectionListPicturesAreLazyAndSizedForTheList() {
        Document html = Jsoup.parse(get("/kategori/bisnis", null).body());
        Element img = html.selectFirst(".list .card picture > img");
        assertThat(img.attr("sizes")).isEqualTo(Slot.LIST.sizes());
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isEqualTo("4000");
    }

    @Test
    void sitemapsNameEachStorysPicture() throws Exception {
        for (String path : List.of("/sitemaps/kategori-bisnis.xml", "/sitemap-news.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(get(path, null).body().getBytes(StandardCharsets.UTF_8)));
            NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
            List<String> images = new ArrayList<>();
            for (int i = 0; i < urls.getLength(); i++) {
                NodeList locs = ((org.w3c.dom.Element) urls.item(i))
                        .getElementsByTagNameNS("http://www.google.com/schemas/sitemap-image/1.1", "loc");
                images.add(locs.getLength() == 0 ? "-" : locs.item(0).getTextContent());
            }
            List<String> expected = new ArrayList<>(List.of(MEDIA_BASE + "w1280.jpg",
                    "https://img.example.id/jalan-baru.jpg", "-"));
            if (path.contains("kategori")) {
                expected.add(0, "-"); // the section page itself
            }
            assertThat(images).as(path).containsExactlyElementsOf(expected);
        }
    }

    static String meta(Document html, String key, String value) {
        return html.select("meta[" + key + "=" + value + "]").attr("content");
    }

    HttpResponse<String> get(String path, String ifNoneMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10));
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
