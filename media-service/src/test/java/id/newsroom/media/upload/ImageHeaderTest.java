package id.newsroom.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import id.newsroom.media.web.MediaProblem;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes, the size from the header, and a bomb is refused before anything is decoded. */
class ImageHeaderTest {

    private static final long LIMIT = 50_000_000;

    @Test
    void acceptedFormatsAreRecognisedWithTheirStoredSize() throws IOException {
        assertThat(read("exif-gps-orient6.jpg")).isEqualTo(new ImageHeader(ImageFormat.JPEG, 600, 400));
        assertThat(read("cmyk.jpg")).isEqualTo(new ImageHeader(ImageFormat.JPEG, 500, 300));
        assertThat(read("plain.png")).isEqualTo(new ImageHeader(ImageFormat.PNG, 400, 300));
        assertThat(read("animated.gif")).isEqualTo(new ImageHeader(ImageFormat.GIF, 200, 150));
        assertThat(read("photo.webp")).isEqualTo(new ImageHeader(ImageFormat.WEBP, 800, 500));
    }

    @Test
    void aBombIsRefusedFromItsHeader() {
        for (String bomb : new String[]{"bomb-20000.png", "bomb-20000.jpg"}) {
            assertThatThrownBy(() -> read(bomb)).isInstanceOfSatisfying(MediaProblem.class, p -> {
                assertThat(p.getStatusCode().value()).isEqualTo(422);
                assertThat(p.reason()).isEqualTo("too_many_pixels");
                assertThat(p.getBody().getDetail()).contains("20000 x 20000");
            });
        }
    }

    @Test
    void whatIsNotAnAcceptedImageIsRefusedWhateverItsName() {
        assertRefused("not-an-image.jpg", 415, "not_an_image");
        assertRefused("drawing.svg", 415, "svg");
        assertRefused("photo.heic", 415, "heif");
        assertRefused("photo.avif", 415, "heif");
        assertThatThrownBy(() -> ImageHeader.read(new ByteArrayInputStream(new byte[0]), LIMIT))
                .isInstanceOf(MediaProblem.class);
        // A JPEG cut before its frame header.
        byte[] cut = new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};
        assertThatThrownBy(() -> ImageHeader.read(new ByteArrayInputStream(cut), LIMIT))
                .isInstanceOfSatisfying(MediaProblem.class, p -> assertThat(p.reason()).isEqualTo("corrupt"));
    }

    private static void assertRefused(String file, int status, String reason) {
        assertThatThrownBy(() -> read(file)).as(file).isInstanceOfSatisfying(MediaProblem.class, p -> {
            assertThat(p.getStatusCode().value()).isEqualTo(status);
            assertThat(p.reason()).isEqualTo(reason);
        });
    }

    private static ImageHeader read(String fixture) throws IOException {
        try (InputStream in = ImageHeaderTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            return ImageHeader.read(in, LIMIT);
        }
    }
}
