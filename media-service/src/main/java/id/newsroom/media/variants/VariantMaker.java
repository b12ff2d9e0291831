package id.newsroom.media.variants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.media.web.MediaProblem;

/**
 * Makes every variant of a picture with libvips. The original is decoded once, into a master at most 2048 wide
 * ({@code vips thumbnail}: shrink-on-load, EXIF orientation applied, ICC/CMYK imported to sRGB, first frame of an
 * animation); every variant is made from that master and saved stripped of all metadata (for WebP, libvips 8.14
 * still writes an EXIF chunk: {@link WebpStrip} removes it).
 */
public class VariantMaker {

    private static final String JPEG_OPTIONS = "[Q=82,strip,interlace,optimize_coding,background=255]";
    private static final String WEBP_OPTIONS = "[Q=80,strip]";

    private final Vips vips;

    public VariantMaker(Vips vips) {
        this.vips = vips;
    }

    /**
     * The master of {@code original} in {@code dir}; a picture libvips cannot decode (truncated, corrupt) is a 422
     * problem quoting libvips.
     *
     * @param storedWidth  width in the header (before orientation)
     * @param storedHeight height in the header
     */
    public Master master(Path original, Path dir, int storedWidth, int storedHeight) throws IOException {
        Path master = dir.resolve("master.v");
        try {
            vips.run(dir, true, "thumbnail", original.toString(), master.toString(),
                    String.valueOf(Variants.MASTER_WIDTH),
                    "--height", "100000", "--size", "down", "--fail-on", "truncated");
        } catch (Vips.VipsException e) {
            throw MediaProblem.unprocessable("corrupt", "Picture cannot be read",
                    "The picture cannot be decoded (truncated or corrupt): " + e.getMessage());
        }
        int[] size = vSize(master);
        // The master is upright: when it turned portrait/landscape, EXIF orientation swapped the sides.
        boolean turned = storedWidth > storedHeight && size[0] < size[1]
                || storedWidth < storedHeight && size[0] > size[1];
        return new Master(master, size[0], size[1], turned ? storedHeight : storedWidth,
                turned ? storedWidth : storedHeight);
    }

    /** Every width variant, both formats; keys like {@code w320.jpg}. */
    public Map<String, Path> widths(Master master, Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int w : Variants.widthsFor(master.width())) {
            Variants.Size size = Variants.widthSize(w, master.width(), master.height());
            save(master.file(), dir, "w" + w, size, files);
        }
        return files;
    }

    /** Every crop at {@code focus}, both formats; keys like {@code og.webp}. */
    public Map<String, Path> crops(Master master, Path dir, FocalPoint focus) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, Variants.Size> crop : Variants.CROPS.entrySet()) {
            Variants.Rect rect = Variants.cropRect(crop.getValue(), master.masterWidth(), master.masterHeight(),
                    focus);
            Path cut = dir.resolve("crop-" + crop.getKey() + ".v");
            vips.run(dir, "crop", master.file().toString(), cut.toString(), String.valueOf(rect.left()),
                    String.valueOf(rect.top()), String.valueOf(rect.width()), String.valueOf(rect.height()));
            save(cut, dir, crop.getKey(), Variants.cropSize(crop.getValue(), master.width(), master.height()), files);
            Files.deleteIfExists(cut);
        }
        return files;
    }

    private void save(Path from, Path dir, String name, Variants.Size size, Map<String, Path> files)
            throws IOException {
        for (String format : List.of("jpg", "webp")) {
            Path out = dir.resolve(name + "." + format);
            vips.run(dir, "thumbnail", from.toString(),
                    out + (format.equals("jpg") ? JPEG_OPTIONS : WEBP_OPTIONS), String.valueOf(size.width()),
                    "--height", String.valueOf(size.height()), "--size", "force");
            if (format.equals("webp")) {
                WebpStrip.strip(out);
            }
            files.put(name + "." + format, out);
        }
    }

    /** Width and height from a .v file's header (magic, then width and height in the magic's byte order). */
    static int[] vSize(Path v) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(v)) {
            if (in.readNBytes(head, 0, 12) < 12) {
                throw new IOException("vips wrote no master");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(head);
        buffer.order((head[0] & 0xFF) == 0xB6 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        return new int[]{buffer.getInt(4), buffer.getInt(8)};
    }

    /**
     * The decoded picture every variant comes from.
     *
     * @param width  the original's width after EXIF orientation (the media's width)
     * @param height the original's height after EXIF orientation
     */
    public record Master(Path file, int masterWidth, int masterHeight, int width, int height) {}
}
