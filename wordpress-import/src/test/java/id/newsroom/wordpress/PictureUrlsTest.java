package id.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a WordPress picture's original is, and which body variant a media gives. */
class PictureUrlsTest {

    private static final String UP = "https://portal-tangerang.example/wp-content/uploads/2023/01/";

    @Test
    void theOriginalHasNoSizeOrScaledSuffix() {
        assertThat(PictureUrls.original(UP + "banjir-rob-scaled.jpg")).isEqualTo(UP + "banjir-rob.jpg");
        assertThat(PictureUrls.original(UP + "banjir-rob-1024x683.jpg")).isEqualTo(UP + "banjir-rob.jpg");
        assertThat(PictureUrls.original(UP + "banjir-rob-scaled-300x200.JPG")).isEqualTo(UP + "banjir-rob.JPG");
        assertThat(PictureUrls.original(UP + "banjir-rob-300x200.jpg?resize=300%2C200#x"))
                .isEqualTo(UP + "banjir-rob.jpg");
        assertThat(PictureUrls.original("2023/01/banjir-rob-scaled.jpg")).isEqualTo("2023/01/banjir-rob.jpg");
        // names that only look alike stay as they are
        assertThat(PictureUrls.original(UP + "rapat-2023x.jpg")).isEqualTo(UP + "rapat-2023x.jpg");
        assertThat(PictureUrls.original(UP + "1024x683.jpg")).isEqualTo(UP + "1024x683.jpg");
        assertThat(PictureUrls.original(UP + "unscaled.png")).isEqualTo(UP + "unscaled.png");
    }

    @Test
    void aLocalFileIsTheUrlPathAfterWpContentUploads() {
        Path dir = Path.of("/srv/uploads");
        assertThat(PictureUrls.local(dir, UP + "foto%20warga.jpg"))
                .isEqualTo(Path.of("/srv/uploads/2023/01/foto warga.jpg"));
        assertThat(PictureUrls.local(dir, "2023/01/a.jpg")).isEqualTo(Path.of("/srv/uploads/2023/01/a.jpg"));
        assertThat(PictureUrls.local(dir, "https://cdn.example/2023/01/a.jpg")).isNull();
        assertThat(PictureUrls.local(dir, UP + "../../../../etc/passwd")).isNull();
    }

    @Test
    void onlyTheOldSitesUploadsAreBodyPicturesToMove() {
        PictureUrls urls = new PictureUrls();
        urls.site("https://portal-tangerang.example");
        urls.addHost("https://media.portal-tangerang.example/wp-content/uploads/2023/01/a.jpg");
        assertThat(urls.oldSiteUpload(UP + "a.jpg")).isEqualTo(UP + "a.jpg");
        assertThat(urls.oldSiteUpload("https://www.portal-tangerang.example/wp-content/uploads/a.jpg")).isNotNull();
        assertThat(urls.oldSiteUpload("https://media.portal-tangerang.example/wp-content/uploads/a.jpg")).isNotNull();
        assertThat(urls.oldSiteUpload("/wp-content/uploads/2023/01/a.jpg"))
                .isEqualTo("https://portal-tangerang.example/wp-content/uploads/2023/01/a.jpg");
        assertThat(urls.oldSiteUpload("https://other.example/wp-content/uploads/a.jpg")).isNull();
        assertThat(urls.oldSiteUpload("https://portal-tangerang.example/logo.png")).isNull();
        assertThat(urls.attachmentUrl(null, "2023/01/a.jpg")).isEqualTo(UP + "a.jpg");
    }

    @Test
    void aBodyPictureIsTheW960JpegOrTheLargestWidthBelow() {
        Media big = new Media("m1", 1600, 1067, List.of(320, 640, 960, 1280),
                "http://m/media/m1/abc/{variant}.{format}",
                false);
        assertThat(big.bodyUrl()).isEqualTo("http://m/media/m1/abc/w960.jpg");
        assertThat(big.bodySize()).containsExactly(960, 640);
        Media small = new Media("m2", 800, 533, List.of(320, 640), "http://m/media/m2/abc/{variant}.{format}", false);
        assertThat(small.bodyUrl()).isEqualTo("http://m/media/m2/abc/w640.jpg");
        assertThat(small.bodySize()).containsExactly(640, 426);
        Media tiny = new Media("m3", 200, 100, List.of(320), "http://m/media/m3/abc/{variant}.{format}", false);
        assertThat(tiny.bodyUrl()).isEqualTo("http://m/media/m3/abc/w320.jpg");
        assertThat(tiny.bodySize()).containsExactly(200, 100); // never upscaled
    }
}
