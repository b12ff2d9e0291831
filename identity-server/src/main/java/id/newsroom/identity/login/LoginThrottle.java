package id.newsroom.identity.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.defaults.http.AddressRange;
import id.newsroom.defaults.http.ClientAddresses;
import id.newsroom.defaults.http.HttpHardeningProperties;
import id.newsroom.identity.IdentityProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on the sign-in form, as article-service's LoginThrottle does for HTTP Basic: failures are
 * counted per user name and per client address; over either limit the form answers 429 with {@code Retry-After}
 * before the password is checked, for a window doubling with every further failure. A success clears the user
 * name's count, not the address's.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    private final IdentityProperties.LoginThrottle settings;
    private final ClientAddresses clients;
    private final Cache<String, Failures> failures;
    private final Counter locked;

    public LoginThrottle(IdentityProperties props, HttpHardeningProperties hardening, MeterRegistry registry) {
        this.settings = props.loginThrottle();
        this.clients = new ClientAddresses(AddressRange.parseAll(hardening.rateLimit().trustedProxies()));
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.memory()).build();
        this.locked = registry.counter("identity.login.locked");
    }

    private record Failures(int count, long lockedUntilNanos) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String addressKey = "address:" + clients.of(request);
        String user = request.getParameter("username");
        String userKey = user == null ? null : "user:" + user.trim().toLowerCase(Locale.ROOT);
        long waitNanos = Math.max(lockRemaining(addressKey), userKey == null ? 0 : lockRemaining(userKey));
        if (waitNanos > 0) {
            long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
            locked.increment();
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(LoginPage.render((CsrfToken) request.getAttribute(
                    CsrfToken.class.getName()), "Terlalu banyak percobaan gagal. Coba lagi dalam " + seconds
                            + " detik.")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.contains("/login?error")) {
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
            Duration lock = settings.firstLock().multipliedBy(1L << Math.min(count - maxFailures, 30));
            if (lock.compareTo(settings.maxLock()) > 0) {
                lock = settings.maxLock();
            }
            return new Failures(count, System.nanoTime() + lock.toNanos());
        });
    }
}
