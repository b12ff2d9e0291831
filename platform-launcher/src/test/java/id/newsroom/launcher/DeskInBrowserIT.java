package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors' desk in Chromium on the shared platform: a writer signs in (OIDC, the local identity server), writes a
 * story of about 300 words with a photo and submits it; an editor signs in and publishes it; it appears on the site's
 * section page. The seconds from the writer's sign-in to the story on the section page are printed (target 15 s).
 * Along the way: the scripts' gzipped weight per page and axe-core on the list and the editor.
 */
class DeskInBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path PHOTO = Path.of("src/main/resources/demo/photos/kite.jpg").toAbsolutePath();

    @TempDir
    static Path dataDir;

    static Platform platform;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        platform = SharedPlatform.get();
        browser = Chromium.start(dataDir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void writerSubmitsEditorPublishesStoryIsOnTheSectionPage() {
        String title = "Festival Kuliner Tangerang Dibuka di Alun-alun " + System.currentTimeMillis() % 100_000;
        long started = System.nanoTime();

        browser.get(platform.deskUrl() + "/cerita/baru");
        signIn("writer", "writer-pass");
        browser.findElement(By.id("new-title")).sendKeys(title);
        new Select(browser.findElement(By.id("new-category"))).selectByValue("kesehatan");
        browser.findElement(By.cssSelector(".new-story button[type=submit]")).click();
        WebElement body = wait(By.id("body"));
        String storyUrl = browser.getCurrentUrl();

        browser.findElement(By.id("summary")).sendKeys("Puluhan pedagang kuliner khas Tangerang ikut festival.");
        body.click();
        for (int p = 0; p < 5; p++) {
            body.sendKeys(paragraph(p), Keys.ENTER);
        }
        browser.findElement(By.id("image-file")).sendKeys(PHOTO.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.cssSelector("#photo-preview img"))
                .isEmpty());
        browser.findElement(By.id("image-alt")).sendKeys("Layang-layang di langit biru");
        browser.findElement(By.id("image-caption")).sendKeys("Suasana festival.");
        browser.findElement(By.id("image-credit")).sendKeys("Foto: Redaksi");
        String words = browser.findElement(By.id("word-count")).getText();
        awaitSaved();
        checkPage("editor");
        browser.findElement(By.id("submit-btn")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getPageSource().contains("Menunggu review"));

        browser.findElement(By.cssSelector(".signout button")).click();
        signIn("editor", "editor-pass");
        wait(By.cssSelector(".stories"));
        checkPage("list");
        assertThat(browser.findElement(By.cssSelector(".stories")).getText()).contains(title);
        browser.get(storyUrl);
        wait(By.id("publish-btn")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.cssSelector(".statusbar .status"))
                .getText().equals("Terbit"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> Http.get(
                platform.frontendUrl() + "/kategori/kesehatan").body().contains(title));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Desk story (%s) from the writer's sign-in to the section page: %.1f s (target 15 s)%n",
                words, seconds);
        assertThat(Integer.parseInt(words.split(" ")[0])).as("words typed").isBetween(280, 340);
        assertThat(seconds).as("seconds from sign-in to the section page").isLessThan(90);
    }

    @Test
    void scriptsStayWithinTheirBudgets() {
        long list = gzippedScripts(List.of("/js/desk.js"));
        long editor = gzippedScripts(List.of("/js/desk.js", "/js/clean.js", "/js/photos.js", "/js/editing.js",
                "/js/workflow.js", "/js/editor.js"));
        System.out.printf("Desk JavaScript gzipped: list %d B, editor %d B%n", list, editor);
        assertThat(list).isLessThanOrEqualTo(50_000);
        assertThat(editor).isLessThanOrEqualTo(200_000);
    }

    private static long gzippedScripts(List<String> paths) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            for (String path : paths) {
                Http.Response script = Http.get(platform.deskUrl() + path);
                assertThat(script.status()).as(path).isEqualTo(200);
                gzip.write(script.body().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.size();
    }

    /** The identity server's form; the desk's page comes back after it. */
    private static void signIn(String user, String password) {
        wait(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().startsWith(platform.deskUrl()));
    }

    private static void awaitSaved() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> browser
                .findElement(By.id("save-state")).getText().startsWith("Tersimpan"));
    }

    private static WebElement wait(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** About 60 words of news prose per paragraph, five paragraphs: about 300 words. */
    private static String paragraph(int n) {
        return "Paragraf " + (n + 1) + ". Pemerintah Kota Tangerang membuka festival kuliner di alun-alun pada Sabtu "
                + "pagi. Puluhan pedagang menawarkan makanan khas seperti laksa, sayur babanci, dan kue pepe. Wali "
                + "kota mengatakan festival ini menjadi ruang bagi pelaku usaha kecil untuk memperkenalkan produk "
                + "mereka kepada warga dan wisatawan. Panitia menyiapkan area parkir, tempat cuci tangan, dan "
                + "panggung musik. Festival berlangsung hingga Minggu malam dan terbuka untuk umum tanpa biaya masuk.";
    }

    private static void checkPage(String name) {
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> serious = axe.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("desk-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("axe-core on the desk's " + name).isEmpty();
    }
}
