package id.newsroom.web.page;

/**
 * The head of a page: title, description, canonical path, Open Graph type and image, optional JSON-LD, and the
 * section whose live updates the banner listens to ({@code live} null: no banner, "" home).
 */
public record Meta(String title, String description, String canonicalPath, String ogType, String image,
        String jsonLd, String live, String feedPath, String nextPath, boolean noindex) {

    public static Meta of(String title, String description, String canonicalPath) {
        return new Meta(title, description, canonicalPath, "website", null, null, null, "/feeds", null, false);
    }

    public Meta withLive(String category) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, category, feedPath, nextPath,
                noindex);
    }

    public Meta withFeed(String path) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, path, nextPath, noindex);
    }

    public Meta withNext(String path) {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, feedPath, path, noindex);
    }

    public Meta asArticle(String imageUrl, String articleJsonLd) {
        return new Meta(title, description, canonicalPath, "article", imageUrl, articleJsonLd, live, feedPath, nextPath,
                noindex);
    }

    public Meta notIndexed() {
        return new Meta(title, description, canonicalPath, ogType, image, jsonLd, live, feedPath, nextPath, true);
    }
}
