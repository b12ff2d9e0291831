package id.newsroom.defaults.http;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Configured path patterns ({@code /api/media/**}) matched against a request's path; none matches nothing. */
final class PathPatterns {

    private final List<PathPattern> patterns;

    PathPatterns(List<String> patterns) {
        this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean matches(HttpServletRequest request) {
        return indexOf(request) >= 0;
    }

    /** The position of the first pattern that matches, or -1. */
    int indexOf(HttpServletRequest request) {
        if (patterns.isEmpty()) {
            return -1;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matches(path)) {
                return i;
            }
        }
        return -1;
    }
}
