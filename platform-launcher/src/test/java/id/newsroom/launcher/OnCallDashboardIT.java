package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import id.newsroom.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The on-call dashboard in Chromium, served by the local run's Prometheus (Debian's, as ./run-local.sh starts it)
 * scraping the running platform: every panel draws data, the console stays clean, and a drill (search-service killed)
 * shows on the "Service up" panel and recovers there. The drill is also the test of the local run's supervision: the
 * killed service is restarted, counted and serves again (closing a platform stops every process: LocalPlatformIT).
 * Its timings are printed for the runbook.
 */
class OnCallDashboardIT extends BrowserOnSharedPlatform {

    /** Panels that are empty on a healthy platform by design: they list incidents (their queries keep only > 0). */
    static final Set<String> EMPTY_WHEN_HEALTHY = Set.of("Dead letters per 5m", "Errors by endpoint and status");

    static LocalPrometheus prometheus;

    @BeforeAll
    static void prepare() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (LocalPrometheus.onPath("prometheus").isEmpty() && ci) {
            throw new IllegalStateException("prometheus is not installed: apt-get install -y prometheus");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalPrometheus.onPath("prometheus").isPresent(),
                "prometheus is not installed (apt-get install -y prometheus)");
        prometheus = LocalPrometheus.startIfInstalled(Path.of("..").toAbsolutePath().normalize(), dataDir, platform,
                Ports.free(), Duration.ofSeconds(1)).orElseThrow();
        // Seven targets up: the five services, the desk and Prometheus itself. Prometheus answers 503 in plain text
        // until its storage is open: ignore that while waiting.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> "7".equals(
                        Http.get(prometheus.url() + "/api/v1/query?query=" + Http.encode("count(up == 1)")).json()
                                .path("data").path("result").path(0).path("value").path(1).asString()));
        // Once Prometheus watches: an editor's publish and reader traffic, so that freshness and rates show.
        Http.Response created = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles", """
                {"title": "Dasbor Piket Menampilkan Kesegaran Berita", "summary": "Uji dasbor.",
                 "body": "<p>Isi berita untuk dasbor piket.</p>", "category": "bisnis", "tags": ["dasbor"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + id + "/publish", "").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(Http.get(platform.frontendUrl() + "/").status()).isEqualTo(200);
            assertThat(Http.get(platform.searchServiceUrl() + "/api/search?q=dasbor").json().path("total").asLong())
                    .isPositive();
        });
    }

    @AfterAll
    static void stopPrometheus() {
        if (prometheus != null) {
            prometheus.stop();
        }
    }

    @Test
    void everyPanelDrawsTheRunningPlatformAndADrillShowsOnIt() throws Exception {
        browser.get(prometheus.dashboardUrl());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, String> states = panelStates();
            assertThat(states).hasSizeGreaterThan(40);
            states.forEach((panel, state) -> assertThat(state).as(() -> panel + ": " + panelText(panel))
                    .isEqualTo(EMPTY_WHEN_HEALTHY.contains(panel) && "none".equals(state) ? state : "ok"));
        });
        assertThat(browser.findElements(By.cssSelector(".panel-timeseries canvas"))).hasSizeGreaterThan(30);
        assertThat(browser.findElement(By.cssSelector("header .status")).getText()).contains("7 of 7 targets up");
        Files.createDirectories(SiteInBrowserIT.SCREENSHOTS);
        Files.write(SiteInBrowserIT.SCREENSHOTS.resolve("on-call-dashboard.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).isEmpty();

        // The drill: search-service dies as the OOM killer would kill it (SIGKILL); the first panel says so; the
        // launcher's supervisor restarts it, counts it, and it serves again; the panel recovers.
        ServiceProcess search = platform.services().stream().filter(s -> s.name().equals("search-service"))
                .findFirst().orElseThrow();
        int restartsBefore = platform.restarts("search-service");
        long pid = search.handle().pid();
        long killed = System.nanoTime();
        search.handle().destroyForcibly();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> upTile("search-service").contains("DOWN"));
        double detected = (System.nanoTime() - killed) / 1e9;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(platform.restarts("search-service")).isEqualTo(restartsBefore + 1);
            assertThat(search.handle().pid()).isNotEqualTo(pid);
            assertThat(search.isHealthy()).isTrue();
            assertThat(upTile("search-service")).contains("UP");
        });
        double recovered = (System.nanoTime() - killed) / 1e9;
        System.out.printf("On-call drill: search-service killed; \"Service up\" showed DOWN after %.1f s, UP again"
                + " after %.1f s (scrape and refresh every 1 s here, 15 s in the local run)%n", detected, recovered);
        assertThat(Http.get(platform.searchServiceUrl() + "/api/search?q=tangerang").status()).isEqualTo(200);
        assertThat(Files.readString(platform.dataDir().resolve("logs/launcher.log"))).contains(
                "search-service exited with code 137; restart #" + (restartsBefore + 1),
                "search-service restarted as pid");
        assertThat(platform.restarts("feed-service")).isZero();
    }

    // The page redraws every panel each second: read what is shown in one script, never through element handles
    // that a redraw between two WebDriver calls would leave stale.

    @SuppressWarnings("unchecked")
    private Map<String, String> panelStates() {
        return new LinkedHashMap<>((Map<String, String>) browser.executeScript("""
                return Object.fromEntries([...document.querySelectorAll('section.panel')]
                    .map(p => [p.dataset.panel, p.dataset.state]));"""));
    }

    private String panelText(String panel) {
        return browser.executeScript("""
                const p = [...document.querySelectorAll('section.panel')].find(p => p.dataset.panel === arguments[0]);
                return p ? p.innerText : '';""", panel) + " / console: "
                + browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    private String upTile(String job) {
        return (String) browser.executeScript("""
                const t = [...document.querySelectorAll("section[data-panel='Service up'] .tile")]
                    .find(t => t.textContent.includes(arguments[0]));
                return t ? t.innerText : '';""", job);
    }
}
