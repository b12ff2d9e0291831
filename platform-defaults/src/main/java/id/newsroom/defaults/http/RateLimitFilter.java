package id.newsroom.defaults.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket (Bucket4j) per client address on the configured paths: a burst of {@code capacity} requests, then
 * {@code refill} per {@code refillPeriod}; beyond that 429 with {@code Retry-After}. Exempt addresses are never
 * limited. Buckets live in memory per instance: behind N instances a client gets N times the rate, which is fine for
 * turning away a flood but not for metering.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher(); // matches the raw URI, never decodes it

    private final HttpHardeningProperties.RateLimit settings;
    private final ClientAddresses clients;
    private final List<AddressRange> exempt;
    private final RequestRejections rejections;
    private final Cache<String, Bucket> buckets;

    public RateLimitFilter(HttpHardeningProperties.RateLimit settings, RequestRejections rejections) {
        this.settings = settings;
        this.clients = new ClientAddresses(AddressRange.parseAll(settings.trustedProxies()));
        this.exempt = AddressRange.parseAll(settings.exempt());
        this.rejections = rejections;
        // A bucket left alone until it is full again is the same as a new one: forget it then.
        Duration refillAll = settings.refillPeriod().multipliedBy(
                Math.max(1, (settings.capacity() + settings.refill() - 1) / settings.refill()));
        this.buckets = Caffeine.newBuilder().maximumSize(settings.maxClients())
                .expireAfterAccess(refillAll.plusSeconds(1)).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return settings.paths().stream().noneMatch(p -> PATHS.match(p, path))
                || settings.excludedPaths().stream().anyMatch(p -> PATHS.match(p, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clients.of(request);
        if (AddressRange.anyContains(exempt, client)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.get(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader("Retry-After", Long.toString(seconds));
        rejections.reject(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Your address sent more than " + settings.capacity() + " requests in a burst (sustained limit "
                        + settings.refill() + " per " + settings.refillPeriod().toMillis() + " ms); try again in "
                        + seconds + " s.",
                "rate_limit");
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(settings.capacity())
                .refillGreedy(settings.refill(), settings.refillPeriod())).build();
    }
}
