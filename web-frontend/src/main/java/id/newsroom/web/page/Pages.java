package id.newsroom.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.newsroom.web.config.FrontendProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a precompiled JTE template into a response with the caching policy of its page type. ETag and 304 come
 * from Spring's {@code ShallowEtagHeaderFilter} (see {@link WebConfig}).
 */
@Component
public class Pages {

    /** How long browsers and shared caches (CDN: s-maxage) may keep a page type. */
    public enum Policy {
        LIST(30, 60, 60), ARTICLE(60, 300, 600), SEARCH(30, 60, 60), NOT_FOUND(60, 60, 0), SITEMAP(300, 600, 600);

        private final CacheControl cacheControl;

        Policy(int maxAge, int sMaxAge, int staleWhileRevalidate) {
            CacheControl c = CacheControl.maxAge(maxAge, TimeUnit.SECONDS).cachePublic()
                    .sMaxAge(sMaxAge, TimeUnit.SECONDS);
            // Not-found answers are kept at most 60 s and never served stale: the story may appear any moment.
            this.cacheControl = staleWhileRevalidate == 0
                    ? c
                    : c.staleWhileRevalidate(staleWhileRevalidate, TimeUnit.SECONDS).staleIfError(1, TimeUnit.DAYS);
        }

        public CacheControl cacheControl() {
            return cacheControl;
        }
    }

    public static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final TemplateEngine templates;
    private final Site site;

    public Pages(TemplateEngine templates, FrontendProperties props) {
        this.templates = templates;
        this.site = new Site(props.siteName(), stripSlash(props.siteUrl()), props.siteDescription(),
                props.sectionList());
    }

    public Site site() {
        return site;
    }

    /** {@code template} without ".jte"; {@code params} besides site and meta, in any order. */
    public ResponseEntity<String> render(HttpStatus status, Policy policy, String template, Meta meta,
            Map<String, Object> params) {
        return ResponseEntity.status(status).cacheControl(policy.cacheControl()).contentType(HTML)
                .body(html(template, meta, params));
    }

    public ResponseEntity<String> ok(Policy policy, String template, Meta meta, Map<String, Object> params) {
        return render(HttpStatus.OK, policy, template, meta, params);
    }

    /** The 503 page: never cached, with Retry-After so crawlers come back rather than drop the page. */
    public ResponseEntity<String> unavailable(Meta meta) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.RETRY_AFTER, "30").contentType(HTML)
                .body(html("error", meta, Map.of("status", 503,
                        "message", "Layanan berita sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.")));
    }

    public String html(String template, Meta meta, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("site", site);
        all.put("meta", meta);
        StringOutput out = new StringOutput(16 * 1024);
        templates.render(template + ".jte", all, out);
        return out.toString();
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
