package id.newsroom.web.media;

/** media-service's focal-point crops (media-spec.md): fixed names and nominal sizes, never upscaled. */
public enum Crop {
    /** Open Graph and Twitter cards. */
    OG("og", 1200, 630),
    /** The three aspect ratios Google asks for in an article's structured data. */
    WIDE("16x9", 1200, 675), STANDARD("4x3", 1200, 900), SQUARE("1x1", 1200, 1200);

    private final String variant;
    private final int width;
    private final int height;

    Crop(String variant, int width, int height) {
        this.variant = variant;
        this.width = width;
        this.height = height;
    }

    public String variant() {
        return variant;
    }

    /**
     * The crop's size from an original of {@code w} x {@code h}: s = min(1, w/cw, h/ch), round(cw*s) x round(ch*s),
     * so a small original gives a smaller crop of the same aspect ratio.
     */
    public Size sizeFrom(int w, int h) {
        double s = Math.min(1.0, Math.min((double) w / width, (double) h / height));
        return new Size((int) Math.round(width * s), (int) Math.round(height * s));
    }

    /** Width and height in pixels. */
    public record Size(int width, int height) {}
}
