package id.newsroom.article.media;

import java.util.List;

/**
 * A media as this service's replica knows it: the latest version seen on news.media.v1.
 *
 * @param deleted the media was deleted in media-service: no new article may name it
 */
public record KnownMedia(String id, long version, boolean deleted, int width, int height, String alt, String caption,
        String credit, List<Integer> widths, String urlPattern) {

    /** The preferred width of the image URL in events and feeds: 1280, or the largest made when 1280 is not. */
    public static final int PREFERRED_WIDTH = 1280;

    /** The JPEG of the preferred width: what an article's {@code image.url} is for a media. */
    public String defaultUrl() {
        int width = widths.contains(PREFERRED_WIDTH)
                ? PREFERRED_WIDTH
                : widths.stream().mapToInt(Integer::intValue).max().orElse(320);
        return urlPattern.replace("{variant}", "w" + width).replace("{format}", "jpg");
    }
}
