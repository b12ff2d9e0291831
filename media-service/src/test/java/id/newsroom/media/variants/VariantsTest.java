package id.newsroom.media.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The variant arithmetic of media-spec.md. */
class VariantsTest {

    private static final Variants.Size OG = new Variants.Size(1200, 630);
    private static final Variants.Size SQUARE = new Variants.Size(1200, 1200);

    @Test
    void widthsBelowTheOriginalAreMadeAndAlways320() {
        assertThat(Variants.widthsFor(6000)).containsExactly(320, 640, 960, 1280, 1600, 2048);
        assertThat(Variants.widthsFor(2048)).containsExactly(320, 640, 960, 1280, 1600);
        assertThat(Variants.widthsFor(1000)).containsExactly(320, 640, 960);
        assertThat(Variants.widthsFor(320)).containsExactly(320);
        assertThat(Variants.widthsFor(200)).containsExactly(320);
    }

    @Test
    void aWidthVariantKeepsTheAspectRatioAndIsNeverUpscaled() {
        assertThat(Variants.widthSize(1280, 6000, 4000)).isEqualTo(new Variants.Size(1280, 853));
        assertThat(Variants.widthSize(320, 400, 600)).isEqualTo(new Variants.Size(320, 480));
        assertThat(Variants.widthSize(320, 200, 150)).isEqualTo(new Variants.Size(200, 150));
        assertThat(Variants.widthSize(320, 10000, 10)).isEqualTo(new Variants.Size(320, 1));
    }

    @Test
    void aCropFromASmallOriginalKeepsItsAspectAtTheLargestSizeThatFits() {
        assertThat(Variants.cropSize(OG, 6000, 4000)).isEqualTo(OG);
        assertThat(Variants.cropSize(OG, 400, 600)).isEqualTo(new Variants.Size(400, 210));
        assertThat(Variants.cropSize(OG, 1200, 300)).isEqualTo(new Variants.Size(571, 300));
        assertThat(Variants.cropSize(SQUARE, 800, 500)).isEqualTo(new Variants.Size(500, 500));
        assertThat(Variants.cropSize(new Variants.Size(240, 240), 200, 150))
                .isEqualTo(new Variants.Size(150, 150));
    }

    @Test
    void theCropRectangleIsCentredOnTheFocalPointAndStaysInside() {
        // A 2048 x 1365 master: og takes the whole width, 1075 high.
        assertThat(Variants.cropRect(OG, 2048, 1365, FocalPoint.CENTRE))
                .isEqualTo(new Variants.Rect(0, 145, 2048, 1075));
        assertThat(Variants.cropRect(OG, 2048, 1365, new FocalPoint(0.5, 0)))
                .isEqualTo(new Variants.Rect(0, 0, 2048, 1075));
        assertThat(Variants.cropRect(OG, 2048, 1365, new FocalPoint(0.5, 1)))
                .isEqualTo(new Variants.Rect(0, 290, 2048, 1075));
        // A square from a landscape master: full height, moved along the width to the subject.
        assertThat(Variants.cropRect(SQUARE, 800, 500, new FocalPoint(0.25, 0.5)))
                .isEqualTo(new Variants.Rect(0, 0, 500, 500));
        assertThat(Variants.cropRect(SQUARE, 800, 500, new FocalPoint(0.6, 0.5)))
                .isEqualTo(new Variants.Rect(230, 0, 500, 500));
        assertThat(Variants.cropRect(SQUARE, 800, 500, new FocalPoint(1, 0.5)))
                .isEqualTo(new Variants.Rect(300, 0, 500, 500));
        // A portrait master and a wide crop: full width, the subject's height.
        assertThat(Variants.cropRect(OG, 400, 600, new FocalPoint(0.5, 0.2)))
                .isEqualTo(new Variants.Rect(0, 15, 400, 210));
    }

    @Test
    void onlyTheFixedVariantNamesAreKnown() {
        for (String name : List.of("w320", "w640", "w960", "w1280", "w1600", "w2048", "og", "16x9", "4x3", "1x1",
                "thumb")) {
            assertThat(Variants.known(name)).as(name).isTrue();
        }
        for (String name : List.of("w321", "w", "original", "w0320", "OG", "")) {
            assertThat(Variants.known(name)).as(name).isFalse();
        }
    }
}
