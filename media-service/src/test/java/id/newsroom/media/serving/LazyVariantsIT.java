package id.newsroom.media.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import id.newsroom.media.support.Api;
import id.newsroom.media.support.Images;
import id.newsroom.media.support.ItBase;
import id.newsroom.media.variants.Vips;
import id.newsroom.media.variants.Workspace;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What an upload costs moved off its path: the upload stores the original and a master only; a variant is made on
 * its first request (once, however many ask at the same time) or by the background warm-up; crops of an old
 * revision are still made at that revision's focal point.
 */
class LazyVariantsIT extends ItBase {

    @Autowired
    MeterRegistry registry;

    @Test
    void anUploadAnswersBeforeAnyWidthExistsAndTheFirstRequestMakesIt() throws Exception {
        byte[] photo = photo(2400, 1600);
        String sha = sha256(photo);
        Api.Answer created = writer().upload("big.jpg", photo);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode media = created.json();
        assertThat(media.path("widths").toString()).isEqualTo("[320,640,960,1280,1600,2048]");
        // Stored at upload: the original and the master. No width yet (the warm-up makes crops first, widths last).
        assertThat(blobsOf(sha)).contains("originals/" + sha, "masters/" + sha + ".jpg")
                .noneMatch(k -> k.startsWith("variants/" + sha + "/w"));

        // Two readers at once ask for a width nobody made yet: it is made once, both get the same bytes.
        String url = media.path("variants").path("w2048").path("webp").asString();
        double before = madeOnRequest();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Api.Answer>> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            readers.add(CompletableFuture.supplyAsync(() -> {
                waitFor(go);
                return anonymous().getUrl(url);
            }));
        }
        go.countDown();
        Api.Answer first = readers.get(0).join();
        Api.Answer second = readers.get(1).join();
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(madeOnRequest() - before).as("made once for two readers").isEqualTo(1.0);
        assertThat(blobsOf(sha)).contains("variants/" + sha + "/w2048.webp");

        // A first request answers as a stored variant does: size, no metadata, immutable, strong ETag.
        Api.Answer w1280 = anonymous().getUrl(media.path("variants").path("w1280").path("jpg").asString());
        assertThat(w1280.status()).isEqualTo(200);
        assertThat(w1280.contentType()).isEqualTo("image/jpeg");
        assertThat(w1280.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(w1280.header("ETag")).isEqualTo("\"" + media.path("revision").asString() + "-w1280.jpg\"");
        assertThat(Images.header(w1280.bytes()).width()).isEqualTo(1280);
        assertThat(Images.header(w1280.bytes()).height()).isEqualTo(853);
        assertThat(Images.metadata(w1280.bytes())).isEmpty();
        assertThat(Images.progressive(w1280.bytes())).isTrue();
        assertThat(anonymous().get(java.net.URI.create(url).getPath(), "If-None-Match", first.header("ETag"))
                .status()).isEqualTo(304);
    }

    @Test
    void theWarmUpMakesEveryVariantInTheBackground() throws Exception {
        byte[] photo = photo(1000, 700);
        String sha = sha256(photo);
        JsonNode media = writer().upload("warm.jpg", photo).json();
        String rev = media.path("revision").asString();
        List<String> all = new ArrayList<>();
        for (String w : List.of("w320", "w640", "w960")) {
            all.add("variants/" + sha + "/" + w + ".jpg");
            all.add("variants/" + sha + "/" + w + ".webp");
        }
        for (String crop : List.of("og", "16x9", "4x3", "1x1", "thumb")) {
            all.add("variants/" + sha + "/" + rev + "/" + crop + ".jpg");
            all.add("variants/" + sha + "/" + rev + "/" + crop + ".webp");
        }
        // Nobody requests anything: the warm-up alone makes all 16 (behind whatever other tests queued).
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(blobsOf(sha)).containsAll(all));
        assertThat(anonymous().get("/actuator/prometheus").body()).contains("news_media_variants_pending")
                .containsPattern("news_media_variants_made_total\\{[^}]*trigger=\"warmup\"");
    }

    @Test
    void anOldRevisionsCropsAreMadeAtItsOwnFocalPoint() throws Exception {
        byte[] photo = photo(1600, 800);
        String sha = sha256(photo);
        JsonNode media = writer().upload("focal.jpg", photo).json();
        String oldRev = media.path("revision").asString();
        JsonNode next = editor().patchJson("/api/media/" + media.path("id").asString(),
                "{\"focalPoint\":{\"x\":0.02,\"y\":0.5}}").json();
        assertThat(next.path("revision").asString()).isNotEqualTo(oldRev);
        // As if nothing of the old revision had been made before the change (the warm-up may have begun).
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            deleteCropsOf(sha, oldRev);
            assertThat(blobsOf(sha)).noneMatch(k -> k.contains("/" + oldRev + "/"));
        });
        Api.Answer oldSquare = anonymous().getUrl(media.path("variants").path("1x1").path("jpg").asString());
        Api.Answer newSquare = anonymous().getUrl(next.path("variants").path("1x1").path("jpg").asString());
        assertThat(oldSquare.status()).isEqualTo(200);
        assertThat(newSquare.status()).isEqualTo(200);
        assertThat(Images.header(oldSquare.bytes()).width()).isEqualTo(800);
        // The old revision keeps its centred square; the new one is cut at the left edge.
        assertThat(oldSquare.bytes()).isNotEqualTo(newSquare.bytes());
        assertThat(anonymous().getUrl(media.path("variants").path("og").path("webp").asString()).status())
                .isEqualTo(200);
    }

    private double madeOnRequest() {
        return registry.get("news_media_variants_made").tag("trigger", "request").counter().count();
    }

    private static void deleteCropsOf(String sha, String rev) throws IOException {
        Path dir = BLOBS.resolve("variants").resolve(sha).resolve(rev);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** A new photo-like JPEG (noise: bytes no other upload has) of this size. */
    private static byte[] photo(int width, int height) throws IOException {
        try (Workspace dir = Workspace.create(null, "lazy-it-")) {
            Vips vips = new Vips("vips", Duration.ofMinutes(1));
            vips.run(dir.dir(), "gaussnoise", "noise.v", String.valueOf(width), String.valueOf(height), "--sigma",
                    "40", "--mean", "128");
            vips.run(dir.dir(), "colourspace", "noise.v", "rgb.v", "srgb");
            vips.run(dir.dir(), "copy", "rgb.v", "photo.jpg[Q=80]");
            return unique(Files.readAllBytes(dir.resolve("photo.jpg")));
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
