package id.newsroom.web;

import java.time.Instant;

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
        return """
                {"id": "id-%1$s", "slug": "%1$s", "title": "%2$s", "summary": "Ringkasan %2$s.", "body": "%3$s",
                 "category": {"slug": "bisnis", "name": "Bisnis"}, "tags": ["umkm", "tangsel"],
                 "author": {"id": "a-1", "name": "Rina Wartawan"},
                 "image": {"url": "https://img.example.id/%1$s.jpg", "caption": "Peserta pelatihan", "credit": "Foto: Redaksi"},
                 "publishedAt": "%4$s", "updatedAt": "%5$s", "version": 3}
                """
                .formatted(slug, title, body, SUNDAY_MORNING, SUNDAY_MORNING.plusSeconds(3600));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
