package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole path, as a reader would see it: an editor writes and publishes through the article API; the event goes
 * through Kafka; the article appears in its category timeline (feed-service) and in search (search-service).
 * The services run as the same jars and processes as in the local run; Kafka and MongoDB come from the shared test
 * infrastructure (containers where Docker exists, in-JVM otherwise).
 */
class EndToEndIT {

    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = SharedPlatform.get();
    }

    @Test
    void aPublishedArticleReachesItsCategoryTimelineAndSearchWithinSeconds() {
        Http.Response created = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles",
                """
                        {"title": "Pemkot Tangsel Gelar Pelatihan Digital untuk Pelaku UMKM di Serpong",
                         "summary": "Ratusan pelaku usaha mengikuti bimtek pemasaran daring.",
                         "body": "<p>Pemerintah Kota Tangerang Selatan melatih 300 pelaku UMKM memasarkan produk secara daring.</p>",
                         "category": "bisnis", "tags": ["umkm", "tangsel"],
                         "image": {"url": "https://images.example.id/umkm.jpg", "caption": "Peserta pelatihan", "credit": "Foto: Redaksi"}}
                        """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode article = created.json();
        String id = article.path("id").asString();
        String slug = article.path("slug").asString();
        assertThat(id).isNotBlank();

        Http.Response published = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + id + "/publish",
                "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Http.Response timeline = Http.get(platform.feedServiceUrl() + "/api/feed/categories/bisnis");
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(timeline.json().path("items").valueStream().map(i -> i.path("slug").asString()))
                    .contains(slug);
        });
        // "pelatihan" in the text, "latih" in the query: the Indonesian stemmer has to do its work.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Http.Response search = Http
                    .get(platform.searchServiceUrl() + "/api/search?q=" + Http.encode("melatih umkm"));
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().path("hits").valueStream().map(h -> h.path("articleId").asString()))
                    .contains(id);
        });
        Http.Response page = Http.get(platform.feedServiceUrl() + "/api/articles/" + slug);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("300 pelaku UMKM");
    }

    @Test
    void onePublishIsOneTraceAcrossAllThreeServices() {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random, 0, 16);
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(random, 16, 24) + "-01";

        Http.Response created = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles", """
                {"title": "Disdukcapil Kabupaten Tangerang Buka Layanan Malam di Tigaraksa",
                 "summary": "Warga bisa mengurus KTP elektronik hingga pukul 21.00 WIB.",
                 "body": "<p>Layanan malam dibuka untuk pekerja yang tidak sempat datang siang hari.</p>",
                 "category": "pemerintahan", "tags": ["disdukcapil"]}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Http.Response published = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + id + "/publish",
                "", "traceparent", traceparent);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (ServiceProcess service : platform.services()) {
                if (java.util.Set.of("web-frontend", "media-service", "identity-server", "editor-desk")
                        .contains(service.name())) {
                    continue; // not on the API's publish path: the site reads feed and search, photos travel as
                              // events, the desk and its sign-in call the API as any client does
                }
                assertThat(Files.readString(service.logFile())).as("trace id in the log of " + service.name())
                        .contains(traceId);
            }
        });
    }

    @Test
    void everyServiceIsReadyAndItsMetricsPassPromtool() throws Exception {
        for (String url : new String[]{platform.articleServiceUrl(), platform.feedServiceUrl(),
                platform.searchServiceUrl()}) {
            Http.Response readiness = Http.get(url + "/actuator/health/readiness");
            assertThat(readiness.status()).as(url).isEqualTo(200);
            Http.Response metrics = Http.get(url + "/actuator/prometheus");
            assertThat(metrics.status()).as(url).isEqualTo(200);
            assertThat(metrics.body()).as(url).contains("application=\"", "instance=\"");
            if (Promtool.available()) { // CI installs it; see .ci/run
                assertThat(Promtool.checkMetrics(metrics.body())).as("promtool check metrics " + url).isEmpty();
            }
        }
    }
}
