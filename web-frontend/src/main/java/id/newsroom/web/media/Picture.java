package id.newsroom.web.media;

import java.util.stream.Collectors;

/**
 * One {@code <picture>} (or a plain {@code <img>} for an external image) as tag/picture.jte and the body rewriting
 * render it. {@code webpSrcset} null: no WebP source. {@code width}/{@code height} null: unknown, left out;
 * {@code boxed}: they are the slot's 16:9 box, not the picture's own size (an external picture of unknown size).
 */
public record Picture(String webpSrcset, String jpegSrcset, String sizes, String src, Integer width, Integer height,
        String alt, boolean eager, boolean boxed) {

    /** The JPEG of a browser that reads no srcset: a mid width, enough for most slots. */
    static final int FALLBACK_WIDTH = 960;

    /**
     * {@code photo}'s picture in {@code slot}: WebP and JPEG srcsets of every width made, described by the file's real
     * width; width and height the media's (its intrinsic aspect ratio, so the browser reserves the box before a byte
     * arrives). An external picture keeps its URL and gets its size when known.
     */
    public static Picture of(Photo photo, Slot slot) {
        if (!photo.isMedia()) {
            return photo.hasSize()
                    ? new Picture(null, null, null, photo.url(), photo.width(), photo.height(), photo.alt(),
                            slot.lead(),
                            false)
                    : new Picture(null, null, null, photo.url(), slot.boxWidth(), slot.boxHeight(), photo.alt(),
                            slot.lead(), slot.boxWidth() != null);
        }
        int fallback = photo.widths().stream().filter(w -> w <= FALLBACK_WIDTH).reduce((a, b) -> b)
                .orElse(photo.widths().get(0));
        return new Picture(srcset(photo, "webp"), srcset(photo, "jpg"), slot.sizes(),
                photo.variant("w" + fallback, "jpg"),
                photo.width(), photo.height(), photo.alt(), slot.lead(), false);
    }

    static String srcset(Photo photo, String format) {
        return photo.widths().stream().map(w -> photo.variant("w" + w, format) + " " + photo.widthOf(w) + "w")
                .collect(Collectors.joining(", "));
    }

    /** The lead image loads at once; the others when they near the viewport. */
    public String loading() {
        return eager ? "eager" : "lazy";
    }

    /** "high" for the lead image (the page's LCP candidate), else null (the attribute is left out). */
    public String fetchPriority() {
        return eager ? "high" : null;
    }
}
