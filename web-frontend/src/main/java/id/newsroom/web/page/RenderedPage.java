package id.newsroom.web.page;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.newsroom.web.upstream.Inputs;
import org.springframework.util.DigestUtils;

/**
 * A page as {@link PageCache} keeps it: the bytes and the headers they were sent with, the strong ETag computed once,
 * the handler's path pattern (for the request metrics), and the upstream answers it was made from.
 */
record RenderedPage(byte[] body, String contentType, String cacheControl, Locale locale, String etag,
        String pathPattern, List<Inputs.Input> inputs) {

    /** The same ETag {@code ShallowEtagHeaderFilter} gives the same bytes: a cached page's ETag is the rendered one's. */
    static String etag(byte[] body) {
        StringBuilder etag = new StringBuilder(37).append("\"0");
        DigestUtils.appendMd5DigestAsHex(body, etag);
        return etag.append('"').toString();
    }

    /**
     * Until its first input needs asking again: the page is never older than the data it shows by more than the
     * answers' own freshness, whenever it was rendered.
     */
    Instant freshUntil() {
        return inputs.stream().map(Inputs.Input::freshUntil).min(Instant::compareTo).orElse(Instant.MIN);
    }

    /** The same bytes, with its inputs as just confirmed unchanged. */
    RenderedPage confirmed(List<Inputs.Input> current) {
        return new RenderedPage(body, contentType, cacheControl, locale, etag, pathPattern, current);
    }

    /** Bytes held, for the cache's bound (an input is a URI and an ETag). */
    int weight() {
        return body.length + 256 * inputs.size();
    }
}
