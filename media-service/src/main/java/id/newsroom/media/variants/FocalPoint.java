package id.newsroom.media.variants;

/** Where the subject is, as fractions of width and height: crops keep it in view. */
public record FocalPoint(double x, double y) {

    public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

    public FocalPoint {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("A focal point's x and y lie between 0 and 1");
        }
    }
}
