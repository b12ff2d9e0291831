package id.newsroom.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.newsroom.web.upstream.FeedModels;
import org.junit.jupiter.api.Test;

/** From a feed image to what the pages render: srcsets, sizes, width/height, crops, alt text and fallbacks. */
class PictureTest {

    static final String BASE = "https://media.example.id/media/0193a1f2-7c3e-7abc-8def-0123456789ab/3f9a02c41b/";
    static final String PATTERN = BASE + "{variant}.{format}";

    static FeedModels.Image media(int width, int height, List<Integer> widths) {
        return new FeedModels.Image(BASE + "w1280.jpg", "Peserta pelatihan", "Foto: Redaksi", "0193a1f2",
                "Peserta bimtek di aula", width, height, widths, PATTERN);
    }

    @Test
    void aMediaGetsWebpAndJpegSrcsetsOfEveryWidthMadeWithItsIntrinsicSize() {
        Picture p = Picture.of(Photo.of(media(4000, 3000, List.of(320, 640, 960, 1280, 1600, 2048)), "Judul"),
                Slot.ARTICLE_LEAD);
        assertThat(p.webpSrcset()).isEqualTo(BASE + "w320.webp 320w, " + BASE + "w640.webp 640w, " + BASE
                + "w960.webp 960w, " + BASE + "w1280.webp 1280w, " + BASE + "w1600.webp 1600w, " + BASE
                + "w2048.webp 2048w");
        assertThat(p.jpegSrcset()).startsWith(BASE + "w320.jpg 320w, " + BASE + "w640.jpg 640w")
                .endsWith(BASE + "w2048.jpg 2048w");
        assertThat(p.src()).isEqualTo(BASE + "w960.jpg");
        assertThat(p.width()).isEqualTo(4000);
        assertThat(p.height()).isEqualTo(3000);
        assertThat(p.sizes()).isEqualTo("(max-width: 792px) calc(100vw - 32px), 760px");
        assertThat(p.alt()).isEqualTo("Peserta bimtek di aula");
        assertThat(p.loading()).isEqualTo("eager");
        assertThat(p.fetchPriority()).isEqualTo("high");
        assertThat(p.boxed()).isFalse();
    }

    @Test
    void widthsAreNeverUpscaledAndTheirOrderDoesNotMatter() {
        // An original 1000 px wide: 320, 640 and 960 are made; nothing wider.
        Picture p = Picture.of(Photo.of(media(1000, 750, List.of(960, 320, 640)), "Judul"), Slot.GRID);
        assertThat(p.jpegSrcset()).isEqualTo(BASE + "w320.jpg 320w, " + BASE + "w640.jpg 640w, " + BASE
                + "w960.jpg 960w");
        assertThat(p.src()).isEqualTo(BASE + "w960.jpg");
        assertThat(p.loading()).isEqualTo("lazy");
        assertThat(p.fetchPriority()).isNull();

        // Narrower than 320: w320 is the original's own size, and says so.
        Picture tiny = Picture.of(Photo.of(media(200, 150, List.of(320)), "Judul"), Slot.LIST);
        assertThat(tiny.webpSrcset()).isEqualTo(BASE + "w320.webp 200w");
        assertThat(tiny.src()).isEqualTo(BASE + "w320.jpg");
        assertThat(tiny.width()).isEqualTo(200);
        assertThat(tiny.height()).isEqualTo(150);
    }

    @Test
    void eachSlotHasTheSizesOfItsPlaceInTheLayout() {
        Photo photo = Photo.of(media(4000, 3000, List.of(320, 640, 960, 1280, 1600, 2048)), "Judul");
        assertThat(Picture.of(photo, Slot.HOME_LEAD).sizes()).endsWith(", 696px");
        assertThat(Picture.of(photo, Slot.HOME_LEAD).eager()).isTrue();
        assertThat(Picture.of(photo, Slot.GRID).sizes()).startsWith("(max-width: 511px) calc(100vw - 32px)")
                .endsWith(", 252px");
        assertThat(Picture.of(photo, Slot.LIST).sizes()).isEqualTo("(max-width: 720px) calc(100vw - 32px), 220px");
    }

    @Test
    void altIsTheMediasElseTheCaptionElseTheTitle() {
        assertThat(Photo.of(media(800, 600, List.of(320, 640)), "Judul").alt()).isEqualTo("Peserta bimtek di aula");
        FeedModels.Image noAlt = new FeedModels.Image(BASE + "w640.jpg", "Peserta pelatihan", null, "m", " ", 800,
                600, List.of(320, 640), PATTERN);
        assertThat(Photo.of(noAlt, "Judul").alt()).isEqualTo("Peserta pelatihan");
        assertThat(Photo.of(FeedModels.Image.external("https://img.example.id/a.jpg", null, null), "Judul").alt())
                .isEqualTo("Judul");
        assertThat(Photo.of(null, "Judul")).isNull();
        assertThat(Photo.of(FeedModels.Image.external(null, "x", null), "Judul")).isNull();
    }

    @Test
    void anExternalPictureKeepsItsUrlAndGetsItsSizeWhenKnownElseTheSlotsBox() {
        Picture unknown = Picture.of(Photo.of(FeedModels.Image.external("https://img.example.id/a.jpg", "Cap", null),
                "Judul"), Slot.ARTICLE_LEAD);
        assertThat(unknown.webpSrcset()).isNull();
        assertThat(unknown.jpegSrcset()).isNull();
        assertThat(unknown.src()).isEqualTo("https://img.example.id/a.jpg");
        assertThat(unknown.width()).isEqualTo(800);
        assertThat(unknown.height()).isEqualTo(450);
        assertThat(unknown.boxed()).isTrue();
        assertThat(unknown.loading()).isEqualTo("eager");

        FeedModels.Image sized = new FeedModels.Image("https://img.example.id/b.jpg", null, null, null, null, 640,
                480, null, null);
        Picture known = Picture.of(Photo.of(sized, "Judul"), Slot.GRID);
        assertThat(known.width()).isEqualTo(640);
        assertThat(known.height()).isEqualTo(480);
        assertThat(known.boxed()).isFalse();
        assertThat(known.loading()).isEqualTo("lazy");

        // A pattern without the widths made cannot be trusted to address variants: the URL is shown as before.
        FeedModels.Image partial = new FeedModels.Image(BASE + "w1280.jpg", null, null, "m", null, null, null,
                List.of(), PATTERN);
        assertThat(Picture.of(Photo.of(partial, "Judul"), Slot.GRID).src()).isEqualTo(BASE + "w1280.jpg");
    }

    @Test
    void cropsKeepTheirRatioAndAreNeverUpscaled() {
        assertThat(Crop.OG.sizeFrom(4000, 3000)).isEqualTo(new Crop.Size(1200, 630));
        assertThat(Crop.OG.sizeFrom(800, 600)).isEqualTo(new Crop.Size(800, 420));
        assertThat(Crop.OG.sizeFrom(1600, 500)).isEqualTo(new Crop.Size(952, 500));
        assertThat(Crop.SQUARE.sizeFrom(1000, 2000)).isEqualTo(new Crop.Size(1000, 1000));
        assertThat(Crop.WIDE.sizeFrom(1200, 675)).isEqualTo(new Crop.Size(1200, 675));
        assertThat(Crop.STANDARD.sizeFrom(640, 480)).isEqualTo(new Crop.Size(640, 480));
    }

    @Test
    void sharingUsesTheOgCropAndStructuredDataTheThreeRatios() {
        Photo big = Photo.of(media(4000, 3000, List.of(320, 640, 960, 1280, 1600, 2048)), "Judul");
        assertThat(ShareImage.of(big)).isEqualTo(new ShareImage(BASE + "og.jpg", 1200, 630, "Peserta bimtek di aula"));
        assertThat(ShareImage.of(Photo.of(media(800, 600, List.of(320, 640)), "Judul")))
                .extracting(ShareImage::width, ShareImage::height).containsExactly(800, 420);
        assertThat(ShareImage.structuredData(big)).containsExactly(BASE + "16x9.jpg", BASE + "4x3.jpg",
                BASE + "1x1.jpg");
        Photo external = Photo.of(FeedModels.Image.external("https://img.example.id/a.jpg", null, null), "Judul");
        assertThat(ShareImage.of(external).url()).isEqualTo("https://img.example.id/a.jpg");
        assertThat(ShareImage.of(external).width()).isNull();
        assertThat(ShareImage.structuredData(external)).containsExactly("https://img.example.id/a.jpg");
    }

    @Test
    void theLargePictureIsW1280ElseTheLargestWidthMade() {
        assertThat(Photo.of(media(4000, 3000, List.of(320, 640, 960, 1280, 1600, 2048)), "J").largeJpeg())
                .isEqualTo(BASE + "w1280.jpg");
        assertThat(Photo.of(media(1000, 750, List.of(320, 640, 960)), "J").largeJpeg()).isEqualTo(BASE + "w960.jpg");
        assertThat(Photo.of(FeedModels.Image.external("https://img.example.id/a.jpg", null, null), "J").largeJpeg())
                .isEqualTo("https://img.example.id/a.jpg");
    }
}
