package id.newsroom.web.page;

import id.newsroom.web.media.Picture;
import id.newsroom.web.media.ShareImage;

/**
 * The head of a page: title, description, canonical path, Open Graph type and image (null: the site's default),
 * optional JSON-LD, the section whose live updates the banner listens to ({@code live} null: no banner, "" home), and
 * the lead picture to preload (null: none).
 */
public record Meta(String title, String description, String canonicalPath, String ogType, ShareImage image,
        String jsonLd, String live, String feedPath, String nextPath, boolean noindex, Picture preload) {

    public static Meta of(String title, String description, String canonicalPath) {
        return new Meta(title, description, canonicalPath, "website", null, null, null, "/feeds", null, false, null);
    }

    public Meta withLive(String category) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, category, feedPath, nextPath,
                noindex, preload);
    }

    public Meta withFeed(String path) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, path, nextPath, noindex,
                preload);
    }

    public Meta withNext(String path) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, feedPath, path, noindex,
                preload);
    }

    /** An article: its share image (null: the site's default) and its NewsArticle JSON-LD. */
    public Meta asArticle(ShareImage shareImage, String articleJsonLd) {
        return new Meta(title, description, canonicalPath, "article", shareImage, articleJsonLd, live, feedPath,
                nextPath, noindex, preload);
    }

    /** Preload the lead picture from the head: the browser starts it before it reaches the body's markup. */
    public Meta withPreload(Picture picture) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, feedPath, nextPath, noindex,
                picture);
    }

    public Meta notIndexed() {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, feedPath, nextPath, true,
                preload);
    }
}
