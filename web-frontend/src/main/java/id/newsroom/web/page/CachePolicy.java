package id.newsroom.web.page;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;

/** How long browsers and shared caches (CDN: s-maxage) may keep a page type. */
public enum CachePolicy {
    LIST(30, 60, 60), ARTICLE(60, 300, 600), SEARCH(30, 60, 60), NOT_FOUND(60, 60, 0), SITEMAP(300, 600, 600);

    private final CacheControl cacheControl;

    CachePolicy(int maxAge, int sMaxAge, int staleWhileRevalidate) {
        CacheControl c = CacheControl.maxAge(maxAge, TimeUnit.SECONDS).cachePublic().sMaxAge(sMaxAge, TimeUnit.SECONDS);
        // Not-found answers are kept at most 60 s and never served stale: the story may appear any moment.
        this.cacheControl = staleWhileRevalidate == 0
                ? c
                : c.staleWhileRevalidate(staleWhileRevalidate, TimeUnit.SECONDS).staleIfError(1, TimeUnit.DAYS);
    }

    public CacheControl cacheControl() {
        return cacheControl;
    }
}
