package id.newsroom.web.media;

import java.util.List;

import id.newsroom.web.upstream.FeedModels;

/**
 * An article's image as the pages render it: a media of media-service (its variants are addressed through
 * {@code urlPattern}, no call to media-service), or an external picture known only by its URL (and perhaps its size).
 */
public record Photo(String url, String alt, Integer width, Integer height, List<Integer> widths, String urlPattern) {

    /** The width variant an image's {@code url} names (media-spec.md), the largest made when smaller. */
    static final int SHARE_WIDTH = 1280;

    public Photo {
        widths = widths == null ? List.of() : widths.stream().filter(w -> w != null && w > 0).sorted().toList();
    }

    /**
     * The photo of a feed image, or null when there is nothing to show. Its alt text is the media's, else the caption,
     * else the story's title: a news photo is content, never decoration.
     */
    public static Photo of(FeedModels.Image image, String title) {
        if (image == null || blank(image.url()) && blank(image.urlPattern())) {
            return null;
        }
        String alt = !blank(image.alt()) ? image.alt() : !blank(image.caption()) ? image.caption() : title;
        return new Photo(image.url(), alt == null ? "" : alt, positive(image.width()), positive(image.height()),
                image.widths(), blank(image.urlPattern()) ? null : image.urlPattern());
    }

    /** A media whose variants can be addressed: pattern, intrinsic size and the widths made are all known. */
    public boolean isMedia() {
        return urlPattern != null && width != null && height != null && !widths.isEmpty();
    }

    public boolean hasSize() {
        return width != null && height != null;
    }

    /** A variant's URL, e.g. {@code variant("w640", "webp")}. */
    public String variant(String name, String format) {
        return urlPattern.replace("{variant}", name).replace("{format}", format);
    }

    /** The real width of width variant {@code w}: never upscaled, so an original narrower than w gives its own. */
    public int widthOf(int w) {
        return Math.min(w, width);
    }

    /** The height of a picture {@code w} pixels wide, by the original's aspect ratio. */
    public int heightAt(int w) {
        return (int) Math.round((double) height * w / width);
    }

    public Crop.Size size(Crop crop) {
        return crop.sizeFrom(width, height);
    }

    public String cropJpeg(Crop crop) {
        return variant(crop.variant(), "jpg");
    }

    /** The picture for sitemaps and the like: the w1280 JPEG (or the largest width made), else the external URL. */
    public String largeJpeg() {
        if (!isMedia()) {
            return url;
        }
        int w = widths.contains(SHARE_WIDTH) ? SHARE_WIDTH : widths.get(widths.size() - 1);
        return variant("w" + w, "jpg");
    }

    private static Integer positive(Integer n) {
        return n == null || n <= 0 ? null : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
