package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.infra.fuzz.Endpoint;
import id.newsroom.infra.fuzz.FuzzReport;
import id.newsroom.infra.fuzz.FuzzRequest;
import id.newsroom.infra.fuzz.MalformedRequests;
import id.newsroom.infra.fuzz.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The web frontend against the running platform (real feed and search services on the real broker and MongoDB, demo
 * data): 1,000 malformed requests (fixed seed) to every page and endpoint, no 5xx, every 4xx an HTML error page or a
 * problem, and the security headers on every answer.
 */
class WebFrontendMalformedInputIT {

    static final List<Endpoint> ENDPOINTS = List.of(Endpoint.get("/", "p"), Endpoint.get("/kategori/{slug}", "cursor"),
            Endpoint.get("/tag/{tag}", "cursor"), Endpoint.get("/penulis/{authorId}", "cursor"),
            Endpoint.get("/berita/{slug}"), Endpoint.get("/{slug}/"),
            Endpoint.get("/cari", "q", "kategori", "dari", "sampai", "urut", "hal"), Endpoint.get("/cari/saran", "q"),
            Endpoint.get("/robots.txt"), Endpoint.get("/sitemap.xml"), Endpoint.get("/sitemaps/kategori-{slug}.xml"),
            Endpoint.get("/sitemap-news.xml"), Endpoint.get("/feeds/{file}"),
            Endpoint.get("/feeds/categories/{slug}/{file}"), Endpoint.get("/live", "kategori"));

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = SharedPlatform.get();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(
                () -> assertThat(Http.get(platform.feedServiceUrl() + "/api/feed/categories/wisata?limit=1").json()
                        .path("nextCursor").isString()).isTrue());
    }

    @Test
    void everyPageAnswersMalformedRequestsWithoutA5xx() {
        JsonNode page = Http.get(platform.feedServiceUrl() + "/api/feed/categories/wisata?limit=1").json();
        JsonNode item = page.path("items").get(0);
        MalformedRequests generator = new MalformedRequests(14L, Map.of(
                "slug", List.of(item.path("slug").asString(), "wisata"), "tag", tags(item),
                "authorId", List.of(item.path("author").path("id").asString()),
                "cursor", List.of(page.path("nextCursor").asString()), "kategori", List.of("wisata"),
                "q", List.of("umkm", "pantai%20wisata"), "file", List.of("rss.xml", "atom.xml", "feed.json"),
                "urut", List.of("terbaru"), "hal", List.of("2")), Map.of());
        int port = Integer.parseInt(platform.frontendUrl().replaceAll(".*:(\\d+).*", "$1"));

        FuzzReport.fuzzEveryEndpoint("WebFrontendMalformedInputIT", port, ENDPOINTS, generator,
                Integer.getInteger("fuzz.requests", 500),
                WebFrontendMalformedInputIT::judge);
    }

    /** Readers get an HTML error page, scripts a problem; every answer carries the security headers. */
    static String judge(FuzzRequest request, RawHttp.Response response) {
        if (!response.headers().getOrDefault("x-content-type-options", "").equals("nosniff")
                || !response.headers().containsKey("content-security-policy")) {
            return "security headers missing";
        }
        String type = response.contentType();
        boolean described = type.startsWith("application/problem+json") || type.startsWith("text/html");
        return response.status() >= 400 && !described && !request.method().equals("HEAD")
                ? "4xx neither an HTML page nor a problem"
                : null;
    }

    private static List<String> tags(JsonNode item) {
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(t -> tags.add(t.asString()));
        return tags.isEmpty() ? List.of("umkm") : tags;
    }
}
