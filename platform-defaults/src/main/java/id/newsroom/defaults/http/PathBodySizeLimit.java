package id.newsroom.defaults.http;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The configured body limit: {@code platform.http.limits.max-body}, or a path's own from
 * {@code platform.http.limits.larger-bodies} (the first pattern that matches).
 */
public class PathBodySizeLimit implements BodySizeLimit {

    private final long defaultLimit;
    private final List<PathPattern> patterns;
    private final long[] limits;

    public PathBodySizeLimit(HttpHardeningProperties.Limits config) {
        this.defaultLimit = config.maxBody().toBytes();
        this.patterns = config.largerBodies().stream().map(p -> PathPatternParser.defaultInstance.parse(p.path()))
                .toList();
        this.limits = config.largerBodies().stream().mapToLong(p -> p.maxBody().toBytes()).toArray();
    }

    /** Whether the request's path has a limit of its own (an upload endpoint). */
    public boolean hasOwnLimit(HttpServletRequest request) {
        if (patterns.isEmpty()) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    @Override
    public long maxBytes(HttpServletRequest request) {
        if (!patterns.isEmpty()) {
            PathContainer path = PathContainer.parsePath(request.getRequestURI());
            for (int i = 0; i < limits.length; i++) {
                if (patterns.get(i).matches(path)) {
                    return limits[i];
                }
            }
        }
        return defaultLimit;
    }
}
