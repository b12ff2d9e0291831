package id.newsroom.media.serving;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.variants.Variants;
import id.newsroom.media.web.MediaProblem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public variant URLs. A URL's bytes never change (a new focal point is a new revision, hence a new URL), so
 * browsers and CDNs keep them a year, and recently served bytes stay in memory: a hit touches neither MongoDB nor
 * the blob store. A variant not made yet is made on this first request ({@link LazyVariants}): the answer is the
 * same, only later. The original (and the master) is never served.
 */
@RestController
public class VariantController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final MediaType WEBP = MediaType.parseMediaType("image/webp");

    private final MediaCatalog catalog;
    private final LazyVariants variants;
    private final Cache<String, byte[]> cache;

    public VariantController(MediaCatalog catalog, LazyVariants variants, MediaProperties properties,
            MeterRegistry registry) {
        this.catalog = catalog;
        this.variants = variants;
        this.cache = Caffeine.newBuilder().maximumWeight(properties.serving().cacheSize().toBytes())
                .weigher((String k, byte[] v) -> v.length + k.length() + 64).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, "media_variants");
    }

    @GetMapping("/media/{id}/{rev}/{file}")
    @Operation(summary = "A variant (public, immutable): /media/{id}/{rev}/{variant}.{format}")
    public ResponseEntity<byte[]> variant(@PathVariable String id, @PathVariable String rev,
            @PathVariable String file, @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch)
            throws IOException {
        String key = id + "/" + rev + "/" + file;
        byte[] bytes = cache.getIfPresent(key);
        if (bytes == null) {
            bytes = load(id, rev, file).orElseThrow(() -> MediaProblem.notFound(
                    "No variant at /media/" + key + ": variants are w320..w2048, og, 16x9, 4x3, 1x1 and thumb, in "
                            + "jpg or webp, of an existing media and revision."));
            cache.put(key, bytes);
        }
        String etag = "\"" + rev + "-" + file + "\"";
        String format = file.substring(file.lastIndexOf('.') + 1);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(FOREVER)
                .contentType(format.equals("webp") ? WEBP : MediaType.IMAGE_JPEG).body(bytes);
    }

    private Optional<byte[]> load(String id, String rev, String file) throws IOException {
        int dot = file.lastIndexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String variant = file.substring(0, dot);
        String format = file.substring(dot + 1);
        if (!Variants.FORMATS.contains(format) || !Variants.known(variant)) {
            return Optional.empty(); // no database lookup for what cannot be a variant
        }
        Optional<Media> media = catalog.find(id);
        if (media.isEmpty()) {
            return Optional.empty();
        }
        return variants.get(media.get(), rev, variant, format, LazyVariants.Trigger.REQUEST);
    }
}
