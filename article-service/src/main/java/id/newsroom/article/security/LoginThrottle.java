package id.newsroom.article.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.newsroom.defaults.http.ClientAddresses;
import id.newsroom.defaults.http.FailedLogins;
import id.newsroom.defaults.http.RequestRejections;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on HTTP Basic: a request with credentials answered 401 counts as a failed login in the
 * {@link FailedLogins} ledger (per user name and per client address); over a limit the request gets 429 with
 * {@code Retry-After} before the password is checked. Runs inside the security chain.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final FailedLogins failures;
    private final ClientAddresses clients;
    private final RequestRejections rejections;

    LoginThrottle(FailedLogins.Limits limits, ClientAddresses clients, RequestRejections rejections) {
        this.failures = new FailedLogins(limits);
        this.clients = clients;
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Authorization") == null) {
            chain.doFilter(request, response); // anonymous: nothing to guess
            return;
        }
        String address = clients.of(request);
        String user = basicUserName(request.getHeader("Authorization"));
        long seconds = failures.secondsToWait(address, user);
        if (seconds > 0) {
            response.setHeader("Retry-After", Long.toString(seconds));
            rejections.reject(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-locked",
                    "Too many failed logins", "Too many failed logins for this user or from this address; try again in "
                            + seconds + " s.",
                    "login_locked");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failures.failed(address, user);
        } else {
            failures.succeeded(user);
        }
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
