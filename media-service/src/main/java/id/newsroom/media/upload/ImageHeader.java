package id.newsroom.media.upload;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import id.newsroom.media.web.MediaProblem;

/**
 * What a picture is, from its bytes alone (never its name or declared type), and its size from the header: a
 * decompression bomb is refused before any decoder allocates a pixel. Reads the few bytes it needs and stops.
 *
 * @param width  as stored (before any EXIF orientation)
 * @param height as stored
 */
public record ImageHeader(ImageFormat format, int width, int height) {

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1", "avif", "avis");
    private static final int SNIFF = 32;

    public long pixels() {
        return (long) width * height;
    }

    /** The header of {@code in}, or a 415/422 problem saying why the bytes are not an accepted image. */
    public static ImageHeader read(InputStream in, long maxPixels) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] head = new byte[SNIFF];
        int n = data.readNBytes(head, 0, SNIFF);
        ImageHeader header = parse(Arrays.copyOf(head, n), data);
        if (header.width <= 0 || header.height <= 0) {
            throw corrupt("The header gives no size.");
        }
        if (header.pixels() > maxPixels) {
            throw MediaProblem.unprocessable("too_many_pixels", "Picture too large",
                    "The picture is " + header.width + " x " + header.height + " pixels (" + header.pixels()
                            + "); the limit is " + maxPixels + " pixels.");
        }
        return header;
    }

    private static ImageHeader parse(byte[] h, DataInputStream rest) throws IOException {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return jpeg(h, rest);
        }
        if (h.length >= 24 && startsWith(h, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            if (!ascii(h, 12, 4).equals("IHDR")) {
                throw corrupt("The PNG does not start with its IHDR chunk.");
            }
            return new ImageHeader(ImageFormat.PNG, intBig(h, 16), intBig(h, 20));
        }
        if (h.length >= 10 && (ascii(h, 0, 6).equals("GIF87a") || ascii(h, 0, 6).equals("GIF89a"))) {
            return new ImageHeader(ImageFormat.GIF, shortLittle(h, 6), shortLittle(h, 8));
        }
        if (h.length >= 30 && ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).equals("WEBP")) {
            return webp(h);
        }
        if (h.length >= 12 && ascii(h, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(h, 8, 4))) {
            throw MediaProblem.unsupported("heif", "HEIC/AVIF pictures are not accepted: send JPEG, PNG, WebP or "
                    + "GIF (export the photo as JPEG).");
        }
        if (looksLikeSvg(h, rest)) {
            throw MediaProblem.unsupported("svg", "SVG is not accepted (it is a document that can carry scripts): "
                    + "send JPEG, PNG, WebP or GIF.");
        }
        throw MediaProblem.unsupported("not_an_image",
                "The bytes are not a JPEG, PNG, WebP or GIF picture (whatever the file name or declared type says).");
    }

    /** Walks the segments up to the frame header (SOFn), skipping EXIF, ICC and the rest unread. */
    private static ImageHeader jpeg(byte[] h, DataInputStream rest) throws IOException {
        DataInputStream in = new DataInputStream(
                new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(h, 2, h.length - 2), rest));
        try {
            while (true) {
                int b = in.readUnsignedByte();
                if (b != 0xFF) {
                    throw corrupt("The JPEG's segments are broken before its frame header.");
                }
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) {
                    marker = in.readUnsignedByte();
                }
                if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                    continue; // no length
                }
                if (marker == 0xD9 || marker == 0xDA) {
                    throw corrupt("The JPEG has no frame header before its image data.");
                }
                int length = in.readUnsignedShort();
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                        && marker != 0xCC;
                if (frame) {
                    in.readUnsignedByte(); // precision
                    int height = in.readUnsignedShort();
                    int width = in.readUnsignedShort();
                    return new ImageHeader(ImageFormat.JPEG, width, height);
                }
                in.skipNBytes(length - 2L);
            }
        } catch (EOFException e) {
            throw corrupt("The JPEG ends before its frame header.");
        }
    }

    private static ImageHeader webp(byte[] h) {
        String chunk = ascii(h, 12, 4);
        switch (chunk) {
            case "VP8 " -> {
                if ((h[23] & 0xFF) != 0x9D || (h[24] & 0xFF) != 0x01 || (h[25] & 0xFF) != 0x2A) {
                    throw corrupt("The WebP's VP8 frame header is broken.");
                }
                return new ImageHeader(ImageFormat.WEBP, shortLittle(h, 26) & 0x3FFF, shortLittle(h, 28) & 0x3FFF);
            }
            case "VP8L" -> {
                if ((h[20] & 0xFF) != 0x2F) {
                    throw corrupt("The WebP's lossless header is broken.");
                }
                long bits = (h[21] & 0xFFL) | (h[22] & 0xFFL) << 8 | (h[23] & 0xFFL) << 16 | (h[24] & 0xFFL) << 24;
                return new ImageHeader(ImageFormat.WEBP, (int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> {
                return new ImageHeader(ImageFormat.WEBP, int24Little(h, 24) + 1, int24Little(h, 27) + 1);
            }
            default -> throw corrupt("The WebP has no VP8, VP8L or VP8X header.");
        }
    }

    private static boolean looksLikeSvg(byte[] h, DataInputStream rest) throws IOException {
        String start = new String(h, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!start.startsWith("<")) {
            return false;
        }
        byte[] more = rest.readNBytes(4096);
        String text = (start + new String(more, StandardCharsets.UTF_8)).toLowerCase(java.util.Locale.ROOT);
        return text.contains("<svg");
    }

    private static MediaProblem corrupt(String detail) {
        return MediaProblem.unprocessable("corrupt", "Picture cannot be read", detail);
    }

    private static boolean startsWith(byte[] h, int offset, byte[] prefix) {
        return h.length >= offset + prefix.length
                && Arrays.equals(h, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] h, int offset, int length) {
        return new String(h, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int intBig(byte[] h, int i) {
        return (h[i] & 0xFF) << 24 | (h[i + 1] & 0xFF) << 16 | (h[i + 2] & 0xFF) << 8 | (h[i + 3] & 0xFF);
    }

    private static int shortLittle(byte[] h, int i) {
        return (h[i] & 0xFF) | (h[i + 1] & 0xFF) << 8;
    }

    private static int int24Little(byte[] h, int i) {
        return (h[i] & 0xFF) | (h[i + 1] & 0xFF) << 8 | (h[i + 2] & 0xFF) << 16;
    }
}
