package id.newsroom.defaults.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The configured body limit: {@code platform.http.limits.max-body}, or a path's own from
 * {@code platform.http.limits.larger-bodies} (the first pattern that matches).
 */
public class PathBodySizeLimit implements BodySizeLimit {

    private final long defaultLimit;
    private final PathPatterns paths;
    private final long[] limits;

    public PathBodySizeLimit(HttpHardeningProperties.Limits config) {
        this.defaultLimit = config.maxBody().toBytes();
        this.paths = new PathPatterns(config.largerBodies().stream().map(HttpHardeningProperties.PathLimit::path)
                .toList());
        this.limits = config.largerBodies().stream().mapToLong(p -> p.maxBody().toBytes()).toArray();
    }

    /** Whether the request's path has a limit of its own (an upload endpoint). */
    public boolean hasOwnLimit(HttpServletRequest request) {
        return paths.matches(request);
    }

    @Override
    public long maxBytes(HttpServletRequest request) {
        int i = paths.indexOf(request);
        return i < 0 ? defaultLimit : limits[i];
    }
}
