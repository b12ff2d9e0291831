package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A photo's whole path: an editor uploads it to media-service, names it in an article, publishes; article-service
 * learned the photo from media-service's event (no call between them), the article event carries what a reader needs,
 * feed-service serves it, the site renders a {@code <picture>} from it, and the variant URLs answer with year-long
 * caching. The same jars and processes as the local run.
 */
class MediaEndToEndIT {

    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = SharedPlatform.get();
    }

    @Test
    void anUploadedPhotoReachesTheArticlePageItsEventAndTheSite() throws IOException {
        DemoPhotos media = new DemoPhotos(platform.mediaServiceUrl(),
                Http.basic(DemoLoader.EDITOR_USER, DemoLoader.EDITOR_PASSWORD));
        JsonNode photo = media.upload("festival.jpg", jpeg(1600, 1000), "Perahu naga di Kali Cisadane",
                "Lomba perahu naga", "Foto: Redaksi");
        String mediaId = photo.path("id").asString();
        assertThat(photo.path("width").asInt()).isEqualTo(1600);
        assertThat(photo.path("height").asInt()).isEqualTo(1000);

        String article = """
                {"title": "Festival Cisadane Hadirkan Lomba Perahu Naga",
                 "summary": "Ratusan pendayung berlomba di Kali Cisadane.",
                 "body": "<p>Lomba perahu naga kembali digelar di Kali Cisadane, Kota Tangerang.</p>",
                 "category": "wisata", "tags": ["festival"],
                 "image": {"mediaId": "%s", "caption": "Peserta lomba perahu naga", "credit": "Foto: Redaksi"}}
                """.formatted(mediaId);
        // article-service knows the photo once media-service's event reached it: a moment after the upload.
        String[] created = new String[2];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Http.Response r = Http.postAsEditor(platform.articleServiceUrl() + "/api/articles", article);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            created[0] = r.json().path("id").asString();
            created[1] = r.json().path("slug").asString();
        });
        assertThat(Http.postAsEditor(platform.articleServiceUrl() + "/api/articles/" + created[0] + "/publish", "")
                .status()).isEqualTo(200);

        String slug = created[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Http.get(platform.feedServiceUrl() + "/api/articles/" + slug).status() == 200);
        JsonNode image = Http.get(platform.feedServiceUrl() + "/api/articles/" + slug).json().path("image");
        assertThat(image.path("mediaId").asString()).isEqualTo(mediaId);
        assertThat(image.path("width").asInt()).isEqualTo(1600);
        assertThat(image.path("height").asInt()).isEqualTo(1000);
        assertThat(image.path("alt").asString()).isEqualTo("Perahu naga di Kali Cisadane");
        assertThat(image.path("caption").asString()).isEqualTo("Peserta lomba perahu naga");
        String pattern = image.path("urlPattern").asString();
        assertThat(pattern).contains("/media/" + mediaId + "/", "{variant}", "{format}");

        Http.Response variant = Http.get(pattern.replace("{variant}", "w640").replace("{format}", "webp"));
        assertThat(variant.status()).isEqualTo(200);
        assertThat(variant.raw().headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(variant.raw().headers().firstValue("Cache-Control").orElse("")).contains("immutable",
                "max-age=31536000");
        assertThat(Http.get(pattern.replace("{variant}", "w641").replace("{format}", "jpg")).status())
                .as("a size outside the fixed set").isEqualTo(404);

        Http.Response page = Http.get(platform.frontendUrl() + "/berita/" + slug);
        assertThat(page.status()).isEqualTo(200);
        String ogCrop = pattern.replace("{variant}", "og").replace("{format}", "jpg");
        assertThat(page.body()).contains("<picture", "image/webp", ogCrop, "Peserta lomba perahu naga",
                "Foto: Redaksi", "fetchpriority=\"high\"");
        assertThat(Http.get(ogCrop).status()).isEqualTo(200);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 90, 160), width, height, new Color(240, 170, 60)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
