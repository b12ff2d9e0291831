package id.newsroom.defaults.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before the request is handled so that error pages and refusals carry them
 * too. Swagger UI gets a policy that lets its own scripts and styles run; everything else the configured one.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    private final HttpHardeningProperties.Headers headers;

    public SecurityHeadersFilter(HttpHardeningProperties.Headers headers) {
        this.headers = headers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", headers.referrerPolicy());
        response.setHeader("Content-Security-Policy", isApiDocs(request.getRequestURI())
                ? headers.docsContentSecurityPolicy()
                : headers.contentSecurityPolicy());
        chain.doFilter(request, response);
    }

    static boolean isApiDocs(String path) {
        return path.startsWith("/swagger-ui");
    }
}
