package id.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Featured images and body pictures against a stand-in of media-service's API. */
class PostPicturesTest {

    private static final String UP = "https://portal-tangerang.example/wp-content/uploads/";
    private static final PostConverter.Attachment BANJIR = new PostConverter.Attachment(UP
            + "2023/01/banjir-rob-scaled.jpg", "2023/01/banjir-rob-scaled.jpg", "Air laut merendam permukiman.",
            "Foto: Dok. BPBD", "Genangan banjir rob");

    private FakeServices server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeServices();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostPictures pictures(Pictures pictures) {
        PictureUrls urls = new PictureUrls();
        urls.site("https://portal-tangerang.example");
        return new PostPictures(Map.of(201L, BANJIR), urls, pictures);
    }

    @Test
    void theFeaturedImageNamesTheMediaOfTheOriginalWithItsWords() {
        Pictures counts = new Pictures(new MediaClient(server.url(), FakeServices.USER), null);
        Map<String, Object> image = pictures(counts).featured(BANJIR, 101);
        assertThat(image).containsOnlyKeys("mediaId", "caption", "credit", "alt")
                .containsEntry("caption", "Air laut merendam permukiman.").containsEntry("credit", "Foto: Dok. BPBD")
                .containsEntry("alt", "Genangan banjir rob");
        assertThat((String) image.get("mediaId")).startsWith("0193a1f2-");
        assertThat(server.mediaRequests).containsExactly("import " + UP + "2023/01/banjir-rob.jpg"); // not -scaled
        assertThat(counts.imported).isEqualTo(1);
    }

    @Test
    void bodyPicturesBecomeTheMediasW960WithoutTheOldSitesLeftovers() {
        Pictures counts = new Pictures(new MediaClient(server.url(), FakeServices.USER), null);
        String body = pictures(counts).rewrite("""
                <figure><a href="%1$s2023/01/banjir-rob-scaled.jpg"><img class="alignnone size-large wp-image-201" \
                src="%1$s2023/01/banjir-rob-1024x683.jpg" alt="Banjir" width="800" height="533" \
                srcset="%1$s2023/01/banjir-rob-1024x683.jpg 1024w, %1$s2023/01/banjir-rob-300x200.jpg 300w" \
                sizes="(max-width: 800px) 100vw" data-orig-file="%1$s2023/01/banjir-rob.jpg"></a>\
                <figcaption>Warga melintasi genangan.</figcaption></figure>\
                <p>Teks. <img src="/wp-content/uploads/2023/08/panjat-pinang-300x200.jpg" width="300" height="200"></p>\
                <p><img src="https://cdn.example.org/logo.png" srcset="https://cdn.example.org/logo-2x.png 2x"></p>"""
                .formatted(UP), 101);
        assertThat(body).doesNotContain("portal-tangerang.example", "sizes=", "wp-image-", "data-",
                "<a ").contains("class=\"alignnone\"", "<figcaption>Warga melintasi genangan.</figcaption>");
        assertThat(body).containsPattern("<figure><img class=\"alignnone\" src=\"" + server.url()
                + "/media/0193a1f2-[^/]+/[0-9a-f]{10}/w960.jpg\" alt=\"Banjir\" width=\"960\" height=\"640\">");
        assertThat(body)
                .containsPattern("<p>Teks. <img src=\"[^\"]+/w960.jpg\" width=\"960\" height=\"640\" alt=\"\">");
        // hosted elsewhere: not the old site's, left as it is
        assertThat(body).contains(
                "<img src=\"https://cdn.example.org/logo.png\" srcset=\"https://cdn.example.org/logo-2x.png 2x\">");
        assertThat(server.mediaRequests).containsExactly("import " + UP + "2023/01/banjir-rob.jpg",
                "import " + UP + "2023/08/panjat-pinang.jpg");
    }

    @Test
    void aPictureIsAskedForOncePerRunAndAKnownOneCountsAsReused() {
        MediaClient client = new MediaClient(server.url(), FakeServices.USER);
        Pictures first = new Pictures(client, null);
        pictures(first).featured(BANJIR, 101);
        pictures(first).rewrite("<p><img class=\"wp-image-201\" src=\"" + UP + "2023/01/banjir-rob-300x200.jpg\"></p>",
                101);
        assertThat(server.mediaRequests).hasSize(1);
        Pictures rerun = new Pictures(client, null);
        pictures(rerun).featured(BANJIR, 101);
        assertThat(rerun.imported).isZero();
        assertThat(rerun.reused).isEqualTo(1);
    }

    @Test
    void aFailedPictureLeavesThePostWithoutIt() {
        Pictures counts = new Pictures(new MediaClient(server.url(), FakeServices.USER), null);
        PostPictures post = pictures(counts);
        PostConverter.Attachment gone = new PostConverter.Attachment(UP + "2023/12/hilang.jpg", null, null, null, null);
        assertThat(post.featured(gone, 111)).isNull();
        String body = post.rewrite("<p>Satu.</p><figure class=\"wp-block-image\"><img src=\"" + UP
                + "2023/12/hilang-1024x683.jpg\"><figcaption>Hilang.</figcaption></figure><p>Dua. <a href=\"" + UP
                + "2023/12/lain.jpg\"><img src=\"" + UP + "2023/12/lain.jpg\"></a></p><p><img src=\"" + UP
                + "2023/12/lain.jpg\"></p>", 112);
        assertThat(body).isEqualTo("<p>Satu.</p><p>Dua. </p>");
        assertThat(counts.failed).hasSize(2);
        Pictures.Failure hilang = counts.failed.get(UP + "2023/12/hilang.jpg");
        assertThat(hilang.posts()).containsExactly(111L, 112L);
        assertThat(hilang.reason()).isEqualTo("media-service answered 422: fetching " + UP
                + "2023/12/hilang.jpg failed: the source answered 404");
        // each picture once per run: the body's size copy is the featured image that failed
        assertThat(server.mediaRequests).containsExactly("import " + UP + "2023/12/hilang.jpg",
                "import " + UP + "2023/12/lain.jpg");
    }

    @Test
    void whenTheOriginalIsGoneTheCopyThePostNamesIsTaken() {
        Pictures counts = new Pictures(new MediaClient(server.url(), FakeServices.USER), null);
        String body = pictures(counts).rewrite("<p><img src=\"" + UP + "2023/08/hanya-salinan-1024x683.jpg\"></p>",
                110);
        assertThat(body).contains("/w960.jpg\" width=\"960\" height=\"640\"");
        assertThat(server.mediaRequests).containsExactly("import " + UP + "2023/08/hanya-salinan.jpg",
                "import " + UP + "2023/08/hanya-salinan-1024x683.jpg");
        assertThat(counts.failed).isEmpty();
        assertThat(counts.imported).isEqualTo(1);
    }

    @Test
    void fromAnUploadsDirectoryTheOriginalFileIsUploaded() {
        Pictures counts = new Pictures(new MediaClient(server.url(), FakeServices.USER), FakeServices.UPLOADS);
        PostPictures post = pictures(counts);
        assertThat(post.featured(BANJIR, 101)).containsKey("mediaId");
        String body = post.rewrite("<p><img src=\"" + UP + "2023/08/bukan-foto.jpg\"><img src=\"" + UP
                + "2023/09/tidak-ada-300x200.jpg\"></p>", 110);
        assertThat(body).isEmpty(); // the paragraph held nothing else
        assertThat(server.mediaRequests).containsExactly("upload banjir-rob.jpg", "upload bukan-foto.jpg");
        assertThat(counts.failed.get(UP + "2023/08/bukan-foto.jpg").reason())
                .isEqualTo("media-service answered 415: not a picture (JPEG, PNG, GIF or WebP)");
        assertThat(counts.failed.get(UP + "2023/09/tidak-ada.jpg").reason())
                .isEqualTo("file missing: " + FakeServices.UPLOADS.toAbsolutePath().normalize()
                        .resolve(Path.of("2023/09/tidak-ada.jpg")));
        // the same bytes again (here: the same file) are the media media-service already has
        Pictures rerun = new Pictures(new MediaClient(server.url(), FakeServices.USER), FakeServices.UPLOADS);
        pictures(rerun).featured(BANJIR, 101);
        assertThat(rerun.reused).isEqualTo(1);
    }
}
