package id.newsroom.media.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.media.upload.ImageHeader;

/** What a variant's bytes really hold: size from the header, and every metadata segment or chunk. */
public final class Images {

    private Images() {}

    public static ImageHeader header(byte[] bytes) {
        try {
            return ImageHeader.read(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The metadata a file carries: JPEG APPn segments other than JFIF (Exif, XMP, ICC_PROFILE...) and COM; WebP
     * EXIF, XMP and ICCP chunks. Empty for a stripped file.
     */
    public static List<String> metadata(byte[] b) {
        List<String> found = new ArrayList<>();
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            int i = 2;
            while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
                int marker = b[i + 1] & 0xFF;
                if (marker == 0xDA || marker == 0xD9) {
                    break;
                }
                int length = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
                if (marker >= 0xE0 && marker <= 0xEF || marker == 0xFE) {
                    String id = new String(b, i + 4, Math.min(12, length - 2), StandardCharsets.ISO_8859_1);
                    if (!(marker == 0xE0 && id.startsWith("JFIF"))) {
                        found.add(String.format("APP%X %s", marker - 0xE0, id.replaceAll("[^ -~]", "")));
                    }
                }
                i += 2 + length;
            }
            return found;
        }
        String text = new String(b, StandardCharsets.ISO_8859_1);
        if (text.startsWith("RIFF") && text.startsWith("WEBP", 8)) {
            int i = 12;
            while (i + 8 <= b.length) {
                String chunk = text.substring(i, i + 4);
                int size = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF) << 16
                        | (b[i + 7] & 0xFF) << 24;
                if (chunk.equals("EXIF") || chunk.equals("XMP ") || chunk.equals("ICCP")) {
                    found.add(chunk);
                }
                i += 8 + size + (size & 1);
            }
            return found;
        }
        throw new IllegalArgumentException("Neither JPEG nor WebP");
    }

    /** Whether a JPEG is progressive (its frame header is SOF2). */
    public static boolean progressive(byte[] b) {
        for (int i = 2; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC2) {
                return true;
            }
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC0) {
                return false;
            }
        }
        return false;
    }
}
