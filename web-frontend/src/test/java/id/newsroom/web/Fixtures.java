package id.newsroom.web;

import java.time.Instant;
import java.util.regex.Matcher;

/** JSON as feed-service and search-service answer it (DESIGN.md), for the stubbed upstream. */
final class Fixtures {

    /** Sunday 29 November 2026, 10:57 WIB. */
    static final Instant SUNDAY_MORNING = Instant.parse("2026-11-29T03:57:00Z");

    private Fixtures() {}

    static String item(String slug, String title, String category, Instant publishedAt) {
        return """
                {"id": "id-%1$s", "slug": "%1$s", "title": "%2$s", "summary": "Ringkasan %2$s.",
                 "category": {"slug": "%3$s", "name": "%4$s"}, "tags": ["umkm"],
                 "author": {"id": "a-1", "name": "Rina Wartawan"},
                 "image": {"url": "https://img.example.id/%1$s.jpg", "caption": "Foto %2$s", "credit": "Foto: Redaksi"},
                 "publishedAt": "%5$s", "updatedAt": "%5$s", "unknownField": 1}
                """.formatted(slug, title, category, capitalised(category), publishedAt);
    }

    static String page(String nextCursor, String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"nextCursor\": "
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    static String article(String slug, String title, String body) {
        return article(slug, title, body, """
                {"url": "https://img.example.id/%s.jpg", "caption": "Peserta pelatihan", "credit": "Foto: Redaksi"}"""
                .formatted(slug));
    }

    static String article(String slug, String title, String body, String imageJson) {
        return """
                {"id": "id-%1$s", "slug": "%1$s", "title": "%2$s", "summary": "Ringkasan %2$s.", "body": "%3$s",
                 "category": {"slug": "bisnis", "name": "Bisnis"}, "tags": ["umkm", "tangsel"],
                 "author": {"id": "a-1", "name": "Rina Wartawan"},
                 "image": %6$s,
                 "publishedAt": "%4$s", "updatedAt": "%5$s", "version": 3}
                """
                .formatted(slug, title, body, SUNDAY_MORNING, SUNDAY_MORNING.plusSeconds(3600), imageJson);
    }

    /** A media-service photo as an article event carries it (media-spec.md), 4000x3000, every width made. */
    static final String MEDIA_BASE = "https://media.example.id/media/0193a1f2-7c3e-7abc-8def-0123456789ab/3f9a02c41b/";

    static String mediaImage() {
        return """
                {"url": "%1$sw1280.jpg", "caption": "Peserta pelatihan", "credit": "Foto: Redaksi",
                 "mediaId": "0193a1f2-7c3e-7abc-8def-0123456789ab", "alt": "Peserta bimtek di aula kecamatan",
                 "width": 4000, "height": 3000, "widths": [320, 640, 960, 1280, 1600, 2048],
                 "urlPattern": "%1$s{variant}.{format}"}""".formatted(MEDIA_BASE);
    }

    /** A timeline item with a media-service photo. */
    static String mediaItem(String slug, String title, String category, Instant publishedAt) {
        return item(slug, title, category, publishedAt).replaceFirst("\"image\": \\{[^}]*\\}",
                Matcher.quoteReplacement("\"image\": " + mediaImage()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
