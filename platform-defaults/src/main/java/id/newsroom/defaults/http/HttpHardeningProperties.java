package id.newsroom.defaults.http;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Abuse resistance every service shares: how big a request may be, how fast one client may read, and the security
 * headers on every response.
 *
 * @param formPaths path patterns that take HTML form posts (a sign-in form, an OAuth token endpoint); elsewhere a
 *                  form is refused with 415. None by default: the APIs take JSON.
 */
@ConfigurationProperties("platform.http")
public record HttpHardeningProperties(@DefaultValue Limits limits, @DefaultValue RateLimit rateLimit,
        @DefaultValue Headers headers, @DefaultValue List<String> formPaths) {

    /**
     * Oversize requests are refused before any controller sees them. Tomcat's own header limit
     * ({@code server.max-http-request-header-size}) must stay above {@code maxHeaderSize} and {@code maxUriLength},
     * or Tomcat answers first with its bare 400.
     *
     * @param maxBody            largest request body (a service may allow more on some paths with a BodySizeLimit bean)
     * @param maxUriLength       longest path plus query string, in characters (414 above)
     * @param maxQueryParameters most query parameters in one request (414 above)
     * @param maxHeaderSize      largest sum of header names and values (431 above)
     * @param largerBodies       paths allowed a larger body than {@code maxBody} (an upload endpoint); none by default
     */
    public record Limits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("8192") int maxUriLength,
            @DefaultValue("64") int maxQueryParameters, @DefaultValue("16KB") DataSize maxHeaderSize,
            @DefaultValue List<PathLimit> largerBodies) {}

    /**
     * A path with its own body limit.
     *
     * @param path    a path pattern, e.g. {@code /api/media} or {@code /api/uploads/**}
     * @param maxBody largest request body on that path
     */
    public record PathLimit(String path, DataSize maxBody) {}

    /**
     * A token bucket per client on the public read paths. Internal callers (the web frontend calling feed and
     * search, the benchmark on 127.0.0.1) are exempt by address.
     *
     * @param enabled        off unless a service turns it on for its public paths
     * @param paths          path patterns that are limited, e.g. {@code /api/**}
     * @param excludedPaths  path patterns among those that are not limited, e.g. static files
     * @param capacity       burst a client may send at once
     * @param refill         tokens added per {@code refillPeriod} (the sustained rate)
     * @param refillPeriod   period of {@code refill}
     * @param exempt         addresses or CIDR ranges never limited
     * @param trustedProxies proxies whose {@code X-Forwarded-For} names the client; from anyone else it is ignored
     * @param maxClients     clients remembered at once (least recently seen are forgotten first)
     */
    public record RateLimit(@DefaultValue("false") boolean enabled, @DefaultValue List<String> paths,
            @DefaultValue List<String> excludedPaths,
            @DefaultValue("200") long capacity, @DefaultValue("50") long refill,
            @DefaultValue("1s") Duration refillPeriod,
            @DefaultValue({"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                    "fc00::/7"}) List<String> exempt,
            @DefaultValue List<String> trustedProxies, @DefaultValue("100000") long maxClients) {}

    /**
     * Security headers on every response. Services with Spring Security write them with its header support instead.
     *
     * @param contentSecurityPolicy     policy of every response but the API documentation (JSON needs no sources)
     * @param docsContentSecurityPolicy policy of Swagger UI (its own scripts, inline styles, data: images)
     * @param referrerPolicy            what a followed link tells the next site
     */
    public record Headers(@DefaultValue("true") boolean enabled,
            @DefaultValue("default-src 'none'; frame-ancestors 'none'") String contentSecurityPolicy,
            @DefaultValue("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; frame-ancestors 'none'") String docsContentSecurityPolicy,
            @DefaultValue("strict-origin-when-cross-origin") String referrerPolicy) {}
}
