package id.newsroom.media.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import id.newsroom.media.support.Images;
import org.junit.jupiter.api.Test;

class WebpStripTest {

    @Test
    void metadataChunksAreRemovedAndTheFlagsAndSizesFollow() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x20 | 0x08 | 0x04 | 0x10; // ICC, EXIF, XMP and alpha
        byte[] webp = riff(chunk("VP8X", vp8x), chunk("ICCP", new byte[7]), chunk("VP8 ", new byte[20]),
                chunk("EXIF", new byte[12]), chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Images.metadata(webp)).containsExactly("ICCP", "EXIF", "XMP ");

        byte[] stripped = WebpStrip.strip(webp);
        assertThat(Images.metadata(stripped)).isEmpty();
        assertThat(stripped[20]).as("only the alpha flag is left").isEqualTo((byte) 0x10);
        int riffSize = (stripped[4] & 0xFF) | (stripped[5] & 0xFF) << 8 | (stripped[6] & 0xFF) << 16;
        assertThat(riffSize).isEqualTo(stripped.length - 8);
        assertThat(stripped.length).isEqualTo(12 + 18 + 28);
    }

    @Test
    void aFileWithoutMetadataIsLeftAsItIs() {
        byte[] webp = riff(chunk("VP8 ", new byte[21]));
        assertThat(WebpStrip.strip(webp)).isSameAs(webp);
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(little(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] chunk(String id, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(little(data.length));
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] little(int v) {
        return new byte[]{(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
