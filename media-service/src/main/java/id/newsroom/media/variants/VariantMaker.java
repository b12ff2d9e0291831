package id.newsroom.media.variants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.media.upload.ImageHeader;
import id.newsroom.media.web.MediaProblem;

/**
 * Makes the variants of a picture with libvips. The original is decoded once, at upload, into a master at most 2048
 * wide ({@code vips thumbnail}: shrink-on-load, EXIF orientation applied, ICC/CMYK imported to sRGB, first frame of
 * an animation) that is stored; each variant is made from that master, one at a time, when first wanted, and saved
 * stripped of all metadata (for WebP, libvips 8.14 still writes an EXIF chunk: {@link WebpStrip} removes it).
 */
public class VariantMaker {

    private static final String JPEG_OPTIONS = "[Q=82,strip,interlace,optimize_coding,background=255]";
    private static final String WEBP_OPTIONS = "[Q=80,strip]";
    private static final String MASTER_JPEG = "[Q=92,strip]";
    private static final String MASTER_PNG = "[compression=1,strip]";
    private static final List<String> FORMATS = List.of("jpg", "webp");

    private final Vips vips;

    public VariantMaker(Vips vips) {
        this.vips = vips;
    }

    /** The same maker with its vips runs at a lower CPU priority (the background warm-up). */
    public VariantMaker background() {
        return new VariantMaker(vips.background());
    }

    /**
     * Decodes {@code original} into the master {@code master.<extension>} in {@code dir}; a picture libvips cannot
     * decode (truncated, corrupt) is a 422 problem quoting libvips.
     *
     * @param extension    {@code jpg} (Q92: a quarter of a .v file's size, shrink-on-load for the small widths) or
     *                     {@code png} (originals that may have alpha)
     * @param storedWidth  width in the header (before orientation)
     * @param storedHeight height in the header
     */
    public Master master(Path original, Path dir, String extension, int storedWidth, int storedHeight)
            throws IOException {
        Path master = dir.resolve("master." + extension);
        try {
            vips.run(dir, true, "thumbnail", original.toString(),
                    master + (extension.equals("jpg") ? MASTER_JPEG : MASTER_PNG),
                    String.valueOf(Variants.MASTER_WIDTH),
                    "--height", "100000", "--size", "down", "--fail-on", "truncated");
        } catch (Vips.VipsException e) {
            throw MediaProblem.unprocessable("corrupt", "Picture cannot be read",
                    "The picture cannot be decoded (truncated or corrupt): " + e.getMessage());
        }
        ImageHeader size = size(master);
        // The master is upright: when it turned portrait/landscape, EXIF orientation swapped the sides.
        boolean turned = storedWidth > storedHeight && size.width() < size.height()
                || storedWidth < storedHeight && size.width() > size.height();
        return new Master(master, size.width(), size.height(), turned ? storedHeight : storedWidth,
                turned ? storedWidth : storedHeight);
    }

    /** A stored master read back: its size from its header, the media's upright size as stored. */
    public static Master stored(Path master, int width, int height) throws IOException {
        ImageHeader size = size(master);
        return new Master(master, size.width(), size.height(), width, height);
    }

    /** Every width variant, both formats; keys like {@code w320.jpg}. */
    public Map<String, Path> widths(Master master, Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int w : Variants.widthsFor(master.width())) {
            for (String format : FORMATS) {
                files.put("w" + w + "." + format, make(master, dir, "w" + w, format, FocalPoint.CENTRE));
            }
        }
        return files;
    }

    /** Every crop at {@code focus}, both formats; keys like {@code og.webp}. */
    public Map<String, Path> crops(Master master, Path dir, FocalPoint focus) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String crop : Variants.CROP_NAMES) {
            for (String format : FORMATS) {
                files.put(crop + "." + format, make(master, dir, crop, format, focus));
            }
        }
        return files;
    }

    /**
     * One variant in one format ({@code dir/<variant>.<format>}): a width is one vips run from the master, a crop
     * two (cut the focal-point rectangle, then resize and save).
     */
    public Path make(Master master, Path dir, String variant, String format, FocalPoint focus) throws IOException {
        int w = Variants.widthOf(variant);
        if (w > 0) {
            return save(master.file(), dir, variant, format, Variants.widthSize(w, master.width(), master.height()));
        }
        Variants.Size target = Variants.CROPS.get(variant);
        if (target == null) {
            throw new IllegalArgumentException("Not a variant: " + variant);
        }
        Variants.Rect rect = Variants.cropRect(target, master.masterWidth(), master.masterHeight(), focus);
        Path cut = dir.resolve("crop-" + variant + "-" + format + ".v");
        vips.run(dir, "crop", master.file().toString(), cut.toString(), String.valueOf(rect.left()),
                String.valueOf(rect.top()), String.valueOf(rect.width()), String.valueOf(rect.height()));
        Path out = save(cut, dir, variant, format, Variants.cropSize(target, master.width(), master.height()));
        Files.deleteIfExists(cut);
        return out;
    }

    private Path save(Path from, Path dir, String name, String format, Variants.Size size) throws IOException {
        Path out = dir.resolve(name + "." + format);
        vips.run(dir, "thumbnail", from.toString(), out + (format.equals("jpg") ? JPEG_OPTIONS : WEBP_OPTIONS),
                String.valueOf(size.width()), "--height", String.valueOf(size.height()), "--size", "force");
        if (format.equals("webp")) {
            WebpStrip.strip(out);
        }
        return out;
    }

    private static ImageHeader size(Path master) throws IOException {
        try (InputStream in = Files.newInputStream(master)) {
            return ImageHeader.read(in, Long.MAX_VALUE);
        }
    }

    /**
     * The decoded picture every variant comes from.
     *
     * @param width  the original's width after EXIF orientation (the media's width)
     * @param height the original's height after EXIF orientation
     */
    public record Master(Path file, int masterWidth, int masterHeight, int width, int height) {}
}
