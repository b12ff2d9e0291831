package id.newsroom.identity.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import id.newsroom.defaults.http.AddressRange;
import id.newsroom.defaults.http.ClientAddresses;
import id.newsroom.defaults.http.FailedLogins;
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
 * Slows password guessing on the sign-in form, as article-service's LoginThrottle does for HTTP Basic, with the same
 * {@link FailedLogins} ledger: a redirect to {@code /login?error} is a failure; over a limit the form answers 429 with
 * {@code Retry-After} (and the form again) before the password is checked.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    private final FailedLogins failures;
    private final ClientAddresses clients;
    private final Counter locked;

    public LoginThrottle(IdentityProperties props, HttpHardeningProperties hardening, MeterRegistry registry) {
        this.failures = new FailedLogins(props.loginThrottle());
        this.clients = new ClientAddresses(AddressRange.parseAll(hardening.rateLimit().trustedProxies()));
        this.locked = registry.counter("identity.login.locked");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = clients.of(request);
        String user = request.getParameter("username");
        long seconds = failures.secondsToWait(address, user);
        if (seconds > 0) {
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
            failures.failed(address, user);
        } else {
            failures.succeeded(user);
        }
    }
}
