package id.newsroom.article.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.defaults.http.ClientAddresses;
import id.newsroom.defaults.http.RequestRejections;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: counts failed logins (a request with credentials answered 401) per user name and per
 * client address, and once either is over its limit answers 429 with {@code Retry-After} before the password is even
 * checked, for a window that doubles with every further failure. A success clears the user name's count, not the
 * address's (one valid account must not buy unlimited guesses at others). Runs inside the security chain.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final LoginThrottleProperties settings;
    private final ClientAddresses clients;
    private final RequestRejections rejections;
    private final Cache<String, Failures> failures;

    LoginThrottle(LoginThrottleProperties settings, ClientAddresses clients, RequestRejections rejections) {
        this.settings = settings;
        this.clients = clients;
        this.rejections = rejections;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.memory()).build();
    }

    private record Failures(int count, long lockedUntilNanos) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Authorization") == null) {
            chain.doFilter(request, response); // anonymous: nothing to guess
            return;
        }
        String addressKey = "address:" + clients.of(request);
        String user = basicUserName(request.getHeader("Authorization"));
        String userKey = user == null ? null : "user:" + user.toLowerCase(Locale.ROOT);
        long waitNanos = Math.max(lockRemaining(addressKey), userKey == null ? 0 : lockRemaining(userKey));
        if (waitNanos > 0) {
            long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            rejections.reject(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-locked",
                    "Too many failed logins", "Too many failed logins for this user or from this address; try again in "
                            + seconds + " s.",
                    "login_locked");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failed(addressKey, settings.maxFailuresPerAddress());
            if (userKey != null) {
                failed(userKey, settings.maxFailuresPerUser());
            }
        } else if (userKey != null) {
            failures.invalidate(userKey);
        }
    }

    private long lockRemaining(String key) {
        Failures f = failures.getIfPresent(key);
        return f == null || f.lockedUntilNanos() == 0 ? 0 : f.lockedUntilNanos() - System.nanoTime();
    }

    private void failed(String key, int maxFailures) {
        failures.asMap().compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count < maxFailures) {
                return new Failures(count, 0);
            }
            int doublings = Math.min(count - maxFailures, 30);
            Duration lock = settings.firstLock().multipliedBy(1L << doublings);
            if (lock.compareTo(settings.maxLock()) > 0) {
                lock = settings.maxLock();
            }
            return new Failures(count, System.nanoTime() + lock.toNanos());
        });
    }

    /** The user name of a Basic header, or null for other schemes and garbage. */
    static String basicUserName(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
