package id.newsroom.media.variants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes the EXIF, XMP and ICC chunks from a WebP file. libvips 8.14's webpsave writes an EXIF chunk (orientation,
 * resolution) even with {@code strip}; variants must carry no metadata at all, so the container is rewritten
 * without them and the VP8X flags cleared to match. The image data is copied untouched.
 */
public final class WebpStrip {

    private static final int ICC_FLAG = 0x20;
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpStrip() {}

    public static void strip(Path file) throws IOException {
        byte[] in = Files.readAllBytes(file);
        byte[] out = strip(in);
        if (out != in) {
            Files.write(file, out);
        }
    }

    /** The same WebP without metadata chunks; {@code webp} itself when it had none. */
    public static byte[] strip(byte[] webp) {
        if (webp.length < 12 || !ascii(webp, 0).equals("RIFF") || !ascii(webp, 8).equals("WEBP")) {
            throw new IllegalArgumentException("Not a WebP file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
        out.write(webp, 0, 12);
        boolean removed = false;
        int i = 12;
        while (i + 8 <= webp.length) {
            String id = ascii(webp, i);
            int size = littleInt(webp, i + 4);
            int total = 8 + size + (size & 1);
            if (size < 0 || i + total > webp.length) {
                total = webp.length - i; // a last chunk without its padding byte: keep what is there
            }
            if (id.equals("EXIF") || id.equals("XMP ") || id.equals("ICCP")) {
                removed = true;
            } else if (id.equals("VP8X") && size >= 10) {
                byte[] chunk = java.util.Arrays.copyOfRange(webp, i, i + total);
                chunk[8] = (byte) (chunk[8] & ~(ICC_FLAG | EXIF_FLAG | XMP_FLAG));
                out.write(chunk, 0, chunk.length);
            } else {
                out.write(webp, i, total);
            }
            i += total;
        }
        if (!removed) {
            return webp;
        }
        byte[] result = out.toByteArray();
        int riffSize = result.length - 8;
        result[4] = (byte) riffSize;
        result[5] = (byte) (riffSize >> 8);
        result[6] = (byte) (riffSize >> 16);
        result[7] = (byte) (riffSize >> 24);
        return result;
    }

    private static String ascii(byte[] b, int offset) {
        return new String(b, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static int littleInt(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
