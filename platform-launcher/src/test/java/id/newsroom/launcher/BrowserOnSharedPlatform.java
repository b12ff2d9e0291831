package id.newsroom.launcher;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser tests' common ground: the shared running platform and a fresh headless Chromium per test class (its
 * own profile), quit after the class. A subclass's own {@code @BeforeAll} runs after this one's.
 */
abstract class BrowserOnSharedPlatform {

    @TempDir
    static Path dataDir;

    static Platform platform;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowserOnSharedPlatform() {
        Chromium.requireInstalled();
        platform = SharedPlatform.get();
        browser = Chromium.start(dataDir.resolve("chromium-profile"));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
