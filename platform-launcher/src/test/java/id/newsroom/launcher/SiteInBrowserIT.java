package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The readers' site in a real browser (Chromium) against the running platform with the demo data: what a reader
 * sees on the home, section, article and search pages, the live banner after a publish, no console errors and no
 * serious or critical axe-core violations, and the pictures as Lighthouse looks at them: every image with width and
 * height, none broken once scrolled into view, WebP sources and srcsets, the lead image eager with high priority and
 * every other one lazy. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteInBrowserIT extends BrowserOnSharedPlatform {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** EndToEndIT's story (same shared platform) names a picture on this host: not reachable from a test. */
    static final String DEMO_IMAGE_HOST = "https://images.example.id/";

    @BeforeAll
    static void prepare() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(Http.get(platform.feedServiceUrl() + "/api/feed/categories/wisata").json().path("items").size())
                    .isPositive();
            assertThat(Http.get(platform.searchServiceUrl() + "/api/search?q=umkm").json().path("total").asLong())
                    .isPositive();
        });
    }

    @Test
    void homeShowsTheLeadStoryAndSectionsWithItems() {
        open("/");
        assertThat(browser.findElement(By.cssSelector(".card.lead h2")).getText()).isNotBlank();
        List<WebElement> blocks = browser.findElements(By.cssSelector("section.block"));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks).allSatisfy(b -> assertThat(b.findElements(By.cssSelector(".card"))).isNotEmpty());
        assertThat(browser.findElement(By.cssSelector(".card time")).getText()).matches(
                "(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \\d{1,2} \\p{L}+ \\d{4} \\| \\d{2}:\\d{2} WIB");
        assertThat(browser.findElements(By.cssSelector("section.block picture"))).as("demo photos in the sections")
                .isNotEmpty();
        checkPictures("home", ".card.lead img");
        checkPage("home");
    }

    @Test
    void sectionPageListsItsStories() {
        open("/kategori/wisata");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wisata");
        assertThat(browser.findElements(By.cssSelector("main .card"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("main .card picture"))).isNotEmpty();
        checkPictures("section", null);
        checkPage("section");
    }

    @Test
    void articlePageShowsBodyImageAndCaption() {
        open("/kategori/wisata"); // demo stories there have a lead image
        String title = browser.findElement(By.cssSelector("main .card h3 a")).getText();
        browser.findElement(By.cssSelector("main .card h3 a")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.getCurrentUrl().contains("/berita/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".story .body")).getText()).hasSizeGreaterThan(100);
        assertThat(browser.findElement(By.cssSelector("figure figcaption")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("figure img")).getAttribute("alt")).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("figure.lead-image picture"))).as("the demo's media photo")
                .hasSize(1);
        checkPictures("article", "figure.lead-image img");
        checkPage("article");
    }

    @Test
    void searchShowsHighlightsAndSectionFacets() {
        open("/cari?q=umkm");
        assertThat(browser.findElements(By.cssSelector(".results .snippet mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facets a"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".facets a")).getText()).matches(".+ \\(\\d+\\)");
        checkPictures("search", null);
        checkPage("search");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the story it publishes would become the other pages' lead
    void publishingAStoryShowsTheLiveBannerWithoutAReload() {
        open("/kategori/bisnis");
        WebElement banner = browser.findElement(By.cssSelector("[data-live]"));
        assertThat(banner.isDisplayed()).isFalse();
        browser.executeScript("window.__notReloaded = true");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Http.get(platform.feedServiceUrl() + "/actuator/prometheus").body()
                        .lines().anyMatch(l -> l.startsWith("news_feed_live_connections") && !l.endsWith(" 0.0")));

        Http.Response created = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles", """
                {"title": "Bazar UMKM Kota Tangerang Digelar Akhir Pekan Ini",
                 "summary": "Seratus pelaku usaha ikut bazar di Taman Elektrik.",
                 "body": "<p>Bazar digelar dua hari.</p>", "category": "bisnis", "tags": ["umkm"]}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Http.Response published = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + id + "/publish",
                "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        long publishedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(banner::isDisplayed);
        long millis = (System.nanoTime() - publishedAt) / 1_000_000;
        System.out.println("Live banner shown " + millis + " ms after the publish");
        assertThat(millis).as("banner delay in ms").isLessThanOrEqualTo(3000);
        assertThat(banner.getText()).contains("1 berita baru");
        assertThat(browser.executeScript("return window.__notReloaded")).isEqualTo(true);
        assertNoConsoleErrors("live");
    }

    private static void open(String path) {
        browser.get(platform.frontendUrl() + path);
    }

    /** No console errors, no serious or critical accessibility violations, and a screenshot. */
    private static void checkPage(String name) {
        assertNoConsoleErrors(name);
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        List<String> serious = axe.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(SiteInBrowserIT::describe).toList();
        assertThat(serious).as("axe-core on " + name).isEmpty();
        screenshot(name);
    }

    /**
     * The pictures of the open page as Lighthouse checks them: every {@code <img>} has width and height (no layout
     * shift), loads (complete with a natural width once scrolled into view: lazy ones load then), each
     * {@code <picture>} offers a WebP source with a srcset and the browser took the WebP; the lead image
     * ({@code leadSelector}, null: the page has none) is eager with fetchpriority high, every other image lazy.
     */
    private static void checkPictures(String name, String leadSelector) {
        // Home's lead story may be one without a picture (another test's); an article's figure was asserted before.
        List<WebElement> leads = leadSelector == null ? List.of() : browser.findElements(By.cssSelector(leadSelector));
        WebElement lead = leads.isEmpty() ? null : leads.get(0);
        if (lead != null) {
            assertThat(lead.getDomAttribute("loading")).as("lead image on " + name).isEqualTo("eager");
            assertThat(lead.getDomAttribute("fetchpriority")).as("lead image on " + name).isEqualTo("high");
        }
        for (WebElement img : browser.findElements(By.tagName("img"))) {
            String src = img.getDomAttribute("src");
            String what = "<img src=" + src + "> on " + name;
            assertThat(img.getDomAttribute("width")).as("width of " + what).matches("[1-9]\\d*");
            assertThat(img.getDomAttribute("height")).as("height of " + what).matches("[1-9]\\d*");
            if (!img.equals(lead)) {
                assertThat(img.getDomAttribute("loading")).as("loading of " + what).isEqualTo("lazy");
                assertThat(img.getDomAttribute("fetchpriority")).as("fetchpriority of " + what).isNull();
            }
            if (src != null && src.startsWith(DEMO_IMAGE_HOST)) {
                continue; // EndToEndIT's external picture: its host does not exist
            }
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", img);
            new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what + " never completed")
                    .until(d -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete", img)));
            assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", img)).intValue())
                    .as("natural width of " + what + " (broken?)").isPositive();
        }
        for (WebElement picture : browser.findElements(By.tagName("picture"))) {
            WebElement img = picture.findElement(By.tagName("img"));
            String what = "<picture> of " + img.getDomAttribute("src") + " on " + name;
            List<WebElement> webp = picture.findElements(By.cssSelector("source[type='image/webp']"));
            assertThat(webp).as("WebP source of " + what).hasSize(1);
            String webpSrcset = webp.get(0).getDomAttribute("srcset");
            assertThat(webpSrcset).as("WebP srcset of " + what).contains(".webp");
            if (webpSrcset.matches(".* \\d+w(,.*)?")) { // width variants (a crop in a body is a single picture)
                assertThat(webp.get(0).getDomAttribute("sizes")).as("sizes of " + what).isNotBlank();
                assertThat(img.getDomAttribute("srcset")).as("JPEG srcset of " + what).contains(".jpg ")
                        .contains("w, ");
                assertThat(img.getDomAttribute("sizes")).as("sizes of " + what).isNotBlank();
            }
            assertThat(img.getDomProperty("currentSrc")).as("the picture the browser took for " + what)
                    .endsWith(".webp");
        }
        browser.executeScript("window.scrollTo(0, 0)");
    }

    private static void assertNoConsoleErrors(String name) {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.startsWith(DEMO_IMAGE_HOST)) // not reachable from a test: loopback only
                .toList();
        assertThat(errors).as("console errors on " + name).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
