package id.newsroom.media.variants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed set of variants and their arithmetic (media-spec.md): widths never upscaled, crops at the focal point
 * keeping their aspect ratio at the largest size that fits when the original is small.
 */
public final class Variants {

    public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1600, 2048);
    /** Crop name to its target size (width, height). */
    public static final Map<String, Size> CROPS;
    /** The crops in their documented order. */
    public static final List<String> CROP_NAMES = List.of("og", "16x9", "4x3", "1x1", "thumb");
    public static final Set<String> FORMATS = Set.of("jpg", "webp");
    /** The master every variant is made from: no variant is wider than this. */
    public static final int MASTER_WIDTH = 2048;

    static {
        Map<String, Size> crops = new LinkedHashMap<>();
        crops.put("og", new Size(1200, 630));
        crops.put("16x9", new Size(1200, 675));
        crops.put("4x3", new Size(1200, 900));
        crops.put("1x1", new Size(1200, 1200));
        crops.put("thumb", new Size(240, 240));
        CROPS = Map.copyOf(crops);
    }

    private Variants() {}

    public record Size(int width, int height) {}

    /** A rectangle in the master's pixels. */
    public record Rect(int left, int top, int width, int height) {}

    /** The widths made for an original {@code width} wide: every W below it, and always 320. */
    public static List<Integer> widthsFor(int width) {
        List<Integer> made = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width || w == WIDTHS.get(0)) {
                made.add(w);
            }
        }
        return made;
    }

    /** The file size of width variant {@code w} of a {@code width x height} original. */
    public static Size widthSize(int w, int width, int height) {
        int out = Math.min(w, width);
        return new Size(out, Math.max(1, (int) Math.round((double) out * height / width)));
    }

    /** The file size of a crop: s = min(1, w/cw, h/ch); size = round(cw*s) x round(ch*s). */
    public static Size cropSize(Size target, int width, int height) {
        double s = Math.min(1, Math.min((double) width / target.width(), (double) height / target.height()));
        return new Size(Math.max(1, (int) Math.round(target.width() * s)),
                Math.max(1, (int) Math.round(target.height() * s)));
    }

    /**
     * The largest rectangle of the target's aspect ratio inside a {@code mw x mh} master, centred on the focal point
     * as far as the edges allow.
     */
    public static Rect cropRect(Size target, int mw, int mh, FocalPoint focus) {
        double aspect = (double) target.width() / target.height();
        int rw;
        int rh;
        if ((double) mw / mh > aspect) {
            rh = mh;
            rw = Math.min(mw, Math.max(1, (int) Math.round(mh * aspect)));
        } else {
            rw = mw;
            rh = Math.min(mh, Math.max(1, (int) Math.round(mw / aspect)));
        }
        int left = clamp((int) Math.round(focus.x() * mw - rw / 2.0), 0, mw - rw);
        int top = clamp((int) Math.round(focus.y() * mh - rh / 2.0), 0, mh - rh);
        return new Rect(left, top, rw, rh);
    }

    /** Whether {@code name} is a variant at all (widths not made for a media are checked by the caller). */
    public static boolean known(String name) {
        return CROPS.containsKey(name) || widthOf(name) > 0;
    }

    /** 1280 for {@code w1280}; -1 when the name is not a width variant. */
    public static int widthOf(String name) {
        if (name.length() > 1 && name.charAt(0) == 'w') {
            try {
                int w = Integer.parseInt(name.substring(1));
                return WIDTHS.contains(w) && name.equals("w" + w) ? w : -1; // one spelling per variant
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
