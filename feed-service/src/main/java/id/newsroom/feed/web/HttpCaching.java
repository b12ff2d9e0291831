package id.newsroom.feed.web;

import java.util.concurrent.TimeUnit;

import id.newsroom.feed.config.FeedProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Conditional GET for every read: strong ETag, Last-Modified and a short shared max-age with stale-while-revalidate.
 * Only If-None-Match yields 304: a removal can make a timeline's newest updatedAt older, so dates alone could wrongly
 * answer "not modified" after a takedown.
 */
@Component
public class HttpCaching {

    private final CacheControl cacheControl;

    public HttpCaching(FeedProperties props) {
        this.cacheControl = CacheControl.maxAge(props.cache().maxAge().toSeconds(), TimeUnit.SECONDS)
                .cachePublic()
                .staleWhileRevalidate(props.cache().staleWhileRevalidate().toSeconds(), TimeUnit.SECONDS);
    }

    public ResponseEntity<byte[]> respond(HttpServletRequest request, Rendered r) {
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), r.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(r.etag()).cacheControl(cacheControl)
                    .lastModified(r.lastModified()).build();
        }
        return ResponseEntity.ok().eTag(r.etag()).cacheControl(cacheControl).lastModified(r.lastModified())
                .contentType(r.type()).body(r.body());
    }

    // If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored.
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
