package id.newsroom.media.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.variants.FocalPoint;
import id.newsroom.media.variants.Variants;

/** The Media JSON of the API (media-spec.md): the media plus every variant's URL. */
public record MediaView(String id, long version, String revision, String sha256, int width, int height,
        String format, long bytes, String alt, String caption, String credit, FocalPoint focalPoint,
        List<Integer> widths, String urlPattern, Map<String, Map<String, String>> variants, String sourceUrl,
        Instant createdAt, Instant updatedAt) {

    public static MediaView of(Media m, MediaProperties properties) {
        String base = properties.variantBase(m.id(), m.revision());
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        for (int w : m.widths()) {
            variants.put("w" + w, urls(base, "w" + w));
        }
        for (String crop : Variants.CROP_NAMES) {
            variants.put(crop, urls(base, crop));
        }
        return new MediaView(m.id(), m.version(), m.revision(), m.sha256(), m.width(), m.height(), m.format(),
                m.bytes(), m.alt(), m.caption(), m.credit(), m.focalPoint(), m.widths(),
                base + "{variant}.{format}", variants, m.sourceUrl(), m.createdAt(), m.updatedAt());
    }

    private static Map<String, String> urls(String base, String variant) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String format : List.of("jpg", "webp")) {
            urls.put(format, base + variant + "." + format);
        }
        return urls;
    }
}
