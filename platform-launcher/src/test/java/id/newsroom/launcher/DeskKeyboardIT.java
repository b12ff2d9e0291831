package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * An editor without a mouse: signs in, starts a story, writes it and publishes it with the keyboard alone (Tab to
 * reach each control, Enter to act), and the story is on the site. Then the editor gives the live story a new
 * address: the site's old address answers 301 to the new one once the update is published, not before.
 */
class DeskKeyboardIT extends BrowserOnSharedPlatform {

    @Test
    void anEditorPublishesAStoryAndMovesItsAddressWithTheKeyboardAlone() {
        long run = System.currentTimeMillis() % 100_000;
        String title = "Posyandu Keliling Sapa Warga Karawaci " + run;
        browser.get(platform.deskUrl() + "/cerita/baru");
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("username")).isEmpty());
        tabTo("username");
        keys("editor");
        tabTo("password");
        keys("editor-pass", Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("new-title")).isEmpty());

        tabTo("new-title");
        keys(title);
        tabTo("new-category");
        keys("Bisnis"); // a select takes the option its typed name starts with
        keys(Keys.TAB, Keys.ENTER); // the form's button follows the section
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("body")).isEmpty());
        tabTo("summary");
        keys("Petugas kesehatan mendatangi warga dari rumah ke rumah.");
        tabTo("body");
        keys("Petugas posyandu keliling memeriksa balita dan lansia di Karawaci.");
        // the page redraws its status bar as it saves and publishes: an element may go stale between two looks
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> browser.findElement(By.id("save-state"))
                .getText().startsWith("Tersimpan"));

        tabTo("publish-btn");
        keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> browser.findElement(
                By.cssSelector(".statusbar .status")).getText().equals("Terbit"));
        String story = browser.getCurrentUrl().replaceAll(".*/cerita/", "");
        String slug = Http.asEditor("GET", platform.articleServiceUrl() + "/api/articles/" + story, "").json()
                .path("slug").asString();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> Http.get(platform.frontendUrl() + "/berita/" + slug)
                        .body().contains("Petugas posyandu keliling"));

        String moved = "posyandu-keliling-karawaci-" + run;
        tabTo("slug");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(moved).perform();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> browser.findElement(By.id("save-state"))
                .getText().matches("Tersimpan \\d.*"));
        assertThat(Http.get(platform.frontendUrl() + "/berita/" + slug).status())
                .as("a saved slug waits in the working copy: the live address is unchanged").isEqualTo(200);
        tabTo("publish-btn");
        keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> moved.equals(Http.asEditor("GET",
                platform.articleServiceUrl() + "/api/articles/" + story, "").json().path("slug").asString()));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            // as the editor's browser asks on a reload (the site keeps a published page up to 30 s otherwise)
            Http.Response old = Http.get(platform.frontendUrl() + "/berita/" + slug, "Cache-Control", "max-age=0");
            return old.status() == 301 && old.raw().headers().firstValue("Location").orElse("")
                    .endsWith("/berita/" + moved);
        });
        assertThat(Http.get(platform.frontendUrl() + "/berita/" + moved).body()).contains("Petugas posyandu keliling");
    }

    /** Presses Tab until the control with this id has the focus (as a keyboard user would). */
    private static void tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            if (id.equals(browser.executeScript("return document.activeElement && document.activeElement.id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
