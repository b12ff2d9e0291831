package id.newsroom.media.imports;

/** {@code POST /api/media/imports}: the picture's URL and its texts. */
public record ImportRequest(String url, String alt, String caption, String credit) {}
