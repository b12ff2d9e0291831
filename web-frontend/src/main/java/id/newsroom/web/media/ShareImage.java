package id.newsroom.web.media;

import java.util.List;

/**
 * The picture that sharing cards (Open Graph, Twitter) show: for a media its {@code og} crop (1200x630, or smaller
 * at the same ratio when the original is small), with its size and alt text so a platform lays the card out without
 * fetching the picture first.
 */
public record ShareImage(String url, Integer width, Integer height, String alt) {

    /** The share image of {@code photo}: the og crop of a media, else the external picture (its size when known). */
    public static ShareImage of(Photo photo) {
        if (!photo.isMedia()) {
            return new ShareImage(photo.url(), photo.width(), photo.height(), photo.alt());
        }
        Crop.Size size = photo.size(Crop.OG);
        return new ShareImage(photo.cropJpeg(Crop.OG), size.width(), size.height(), photo.alt());
    }

    /**
     * The pictures for an article's structured data: Google asks for 16:9, 4:3 and 1:1 versions; an external picture
     * is the one it has.
     */
    public static List<String> structuredData(Photo photo) {
        if (!photo.isMedia()) {
            return List.of(photo.url());
        }
        return List.of(photo.cropJpeg(Crop.WIDE), photo.cropJpeg(Crop.STANDARD), photo.cropJpeg(Crop.SQUARE));
    }
}
