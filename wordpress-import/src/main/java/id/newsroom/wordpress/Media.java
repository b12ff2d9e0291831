package id.newsroom.wordpress;

import java.util.List;

/**
 * A picture as media-service answered it: what the importer needs for an article's {@code image} and for a body
 * {@code <img>}.
 *
 * @param reused media-service already had it (200: the same source URL or the same bytes), not made now (201)
 */
record Media(String id, int width, int height, List<Integer> widths, String urlPattern, boolean reused) {

    /** Body pictures are shown at most this wide: the {@code w960} variant (or the largest made below it). */
    static final int BODY_WIDTH = 960;

    /** The width of the variant a body picture uses: 960 when made, else the largest made width under 960. */
    int bodyVariantWidth() {
        int best = 0;
        for (int w : widths) {
            if (w <= BODY_WIDTH && w > best) {
                best = w;
            }
        }
        return best > 0 ? best : widths.stream().mapToInt(Integer::intValue).min().orElse(320);
    }

    /** The body picture's URL: the JPEG of {@link #bodyVariantWidth()}. */
    String bodyUrl() {
        return urlPattern.replace("{variant}", "w" + bodyVariantWidth()).replace("{format}", "jpg");
    }

    /** Width and height of the body variant: never wider than the original, height by the aspect ratio. */
    int[] bodySize() {
        int w = Math.min(bodyVariantWidth(), width);
        int h = width == 0 ? height : (int) Math.round((double) height * w / width);
        return new int[]{w, h};
    }
}
