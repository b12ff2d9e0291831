package id.newsroom.web.page;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.upstream.Inputs;
import id.newsroom.web.upstream.UpstreamClient;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The hot reader pages (home, the first page of a section, tag or author, an article) kept rendered, by path and
 * query. A servlet filter rather than caching in the controllers: the bytes, their headers and ETag are only known
 * once the view has rendered, and a hit then skips Spring MVC altogether. While its inputs (the upstream answers read
 * while rendering, see {@link Inputs}) are fresh, a page is served as it is; then one request asks whether they all
 * are unchanged (conditional GETs, or nothing while an answer is still fresh in {@link UpstreamClient}) and re-stamps
 * the page, or renders it anew, while requests for the same page wait for it (no stampede). Only a 200 HTML page made
 * entirely from upstream answers is kept: redirects, 404/410, 503 and a page missing a failed part are rendered each
 * time, as before; previews are not on these paths. A reader's reload ({@code Cache-Control: max-age=0}, as browsers
 * send it and as the live banner's "muat ulang" does) asks upstream even while fresh, so it shows the news it was
 * told about. The ETag is computed once per rendering and 304s are answered here ({@code ShallowEtagHeaderFilter}
 * skips these requests).
 */
final class PageCache extends OncePerRequestFilter {

    /** Set on the requests this filter answers, which the ETag filter then leaves alone. */
    static final String HANDLED = PageCache.class.getName() + ".HANDLED";

    private static final Pattern PAGES = Pattern.compile("/|/(berita|kategori|tag|penulis)/[^/]+");

    /** What a rendering produced: the page to keep (null: none) and the response it was rendered into. */
    private record Rendering(RenderedPage page, ContentCachingResponseWrapper response) {}

    private final AsyncCache<String, RenderedPage> pages;
    private final UpstreamClient upstream;
    private final Clock clock;
    private final Counter fresh;
    private final Counter revalidated;
    private final Counter rendered;

    PageCache(FrontendProperties.Pages settings, UpstreamClient upstream, Clock clock, MeterRegistry registry) {
        this.upstream = upstream;
        this.clock = clock;
        this.pages = CaffeineCacheMetrics.monitor(registry, Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String key, RenderedPage page) -> page.weight())
                .recordStats()
                .<String, RenderedPage>buildAsync(), "web_pages");
        this.fresh = served(registry, "fresh");
        this.revalidated = served(registry, "revalidated");
        this.rendered = served(registry, "rendered");
    }

    private static Counter served(MeterRegistry registry, String outcome) {
        return Counter.builder("web.pages.served").tag("outcome", outcome)
                .description("Reader pages served from the page cache as they were (fresh), after their inputs were"
                        + " found unchanged (revalidated), or rendered")
                .register(registry);
    }

    /** GETs of the hot pages only; a later page of a timeline ({@code cursor}) is rarely read twice. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !PAGES.matcher(request.getRequestURI()).matches()
                || request.getParameter("cursor") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(HANDLED, Boolean.TRUE);
        String key = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        boolean reload = isReload(request);
        CompletableFuture<RenderedPage> cached = pages.getIfPresent(key);
        if (cached != null && isFresh(cached.getNow(null), reload)) {
            fresh.increment();
            send(cached.join(), request, response);
            return;
        }
        // One request per page revalidates or renders; the others wait for its result.
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        RenderedPage[] previous = new RenderedPage[1];
        CompletableFuture<RenderedPage> current = pages.asMap().compute(key, (k, f) -> {
            if (f != null && (!f.isDone() || isFresh(f.getNow(null), reload))) {
                return f;
            }
            previous[0] = f == null ? null : f.getNow(null);
            return mine;
        });
        if (current != mine) {
            RenderedPage page = current.join();
            if (page != null) {
                fresh.increment();
                send(page, request, response);
            } else { // not a page to keep (a 404, say): each request renders its own, as before
                answer(render(request, response, chain), request, response);
            }
            return;
        }
        RenderedPage page = null;
        Rendering rendering = null;
        try {
            page = previous[0] == null ? null : confirmed(previous[0], reload);
            if (page == null) {
                rendering = render(request, response, chain);
                page = rendering.page();
            }
        } finally {
            mine.complete(page); // before writing to this reader: the others need not wait for a slow connection
        }
        if (rendering == null) {
            revalidated.increment();
            send(page, request, response);
        } else {
            answer(rendering, request, response);
        }
    }

    /** A reload asks caches to revalidate: browsers send {@code max-age=0} (or {@code no-cache}) with it. */
    private static boolean isReload(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && (cacheControl.contains("max-age=0") || cacheControl.contains("no-cache"));
    }

    private boolean isFresh(RenderedPage page, boolean reload) {
        return page != null && !reload && clock.instant().isBefore(page.freshUntil());
    }

    /** The page with its inputs re-read, when every one is unchanged; null when one changed or cannot be read. */
    private RenderedPage confirmed(RenderedPage page, boolean reload) {
        List<Inputs.Input> current = new ArrayList<>(page.inputs().size());
        try {
            for (Inputs.Input input : page.inputs()) {
                Inputs.Input now = upstream.reread(input, reload);
                if (!now.version().equals(input.version())) {
                    return null;
                }
                current.add(now);
            }
        } catch (UpstreamUnavailableException e) {
            return null; // rendering tells the reader, as it would have without the cache
        }
        return page.confirmed(current);
    }

    /** Spring MVC renders the page into a buffer, recording the upstream answers it reads. */
    private Rendering render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        rendered.increment();
        ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
        try (Inputs.Recording reads = Inputs.record()) {
            chain.doFilter(request, buffer);
            return new Rendering(keepable(buffer, reads) ? page(request, buffer, reads) : null, buffer);
        }
    }

    /** A 200 HTML page that may be shared, made from upstream answers only, every one of them read successfully. */
    private static boolean keepable(ContentCachingResponseWrapper response, Inputs.Recording reads) {
        String type = response.getContentType();
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return response.getStatus() == 200 && reads.complete() && !reads.inputs().isEmpty() && type != null
                && type.startsWith("text/html") && cacheControl != null && !cacheControl.contains("private")
                && !cacheControl.contains("no-store") && !response.containsHeader(HttpHeaders.SET_COOKIE);
    }

    private static RenderedPage page(HttpServletRequest request, ContentCachingResponseWrapper response,
            Inputs.Recording reads) {
        byte[] body = response.getContentAsByteArray();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new RenderedPage(body, response.getContentType(), response.getHeader(HttpHeaders.CACHE_CONTROL),
                response.getLocale(), RenderedPage.etag(body), pattern == null ? null : pattern.toString(),
                reads.inputs());
    }

    /** A fresh rendering: the kept page, or what was rendered with the ETag filter's treatment of a 200. */
    private static void answer(Rendering rendering, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ContentCachingResponseWrapper buffer = rendering.response();
        if (rendering.page() != null) {
            send(rendering.page(), request, response);
        } else if (buffer.getStatus() == 200 && !response.isCommitted()
                && new ServletWebRequest(request, response)
                        .checkNotModified(RenderedPage.etag(buffer.getContentAsByteArray()))) {
            return; // 304: the buffered body is dropped
        } else {
            buffer.copyBodyToResponse();
        }
    }

    /** Writes a kept page: its headers as rendered (the outer filters set theirs already), or 304 on its ETag. */
    private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(200);
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        if (page.pathPattern() != null) { // http_server_requests keeps its uri tag without Spring MVC
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(page.pathPattern()));
        }
        if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
            return;
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
