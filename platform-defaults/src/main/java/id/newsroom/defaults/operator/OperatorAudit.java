package id.newsroom.defaults.operator;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One audit line (who, what, when, outcome) and one count of {@code news_operator_actions_total{action,outcome}} per
 * operator action: every actuator write and the reads of the configured endpoints. Runs in the actuator's security
 * chain after authentication and before authorization, so refusals (401, 403) are audited as well.
 */
class OperatorAudit extends OncePerRequestFilter {

    static final String LOGGER = "newsroom.operator.audit";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final String basePath;
    private final List<String> auditedReads;
    private final MeterRegistry registry;

    OperatorAudit(String basePath, List<String> auditedReads, MeterRegistry registry) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.auditedReads = auditedReads;
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String endpoint = endpointId(request.getRequestURI());
        boolean write = !READS.contains(request.getMethod());
        if (endpoint == null || !(write || auditedReads.contains(endpoint))) {
            chain.doFilter(request, response);
            return;
        }
        String who = who(SecurityContextHolder.getContext().getAuthentication());
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            record(request, endpoint + (write ? ".write" : ".read"), who, status);
        }
    }

    private void record(HttpServletRequest request, String action, String who, int status) {
        String outcome = outcome(status);
        String what = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Key-value pairs become fields of the structured (ECS) log in containers; the message reads alone locally.
        log.atInfo().addKeyValue("operator.user", who).addKeyValue("operator.action", action)
                .addKeyValue("operator.outcome", outcome).addKeyValue("http.response.status_code", status)
                .log("operator action {} by {}: {} -> {} ({})", action, who, what, outcome, status);
        if (registry != null) {
            Counter.builder("news.operator.actions").description("Operator actions on the actuator, by outcome")
                    .tag("action", action).tag("outcome", outcome).register(registry).increment();
        }
    }

    /** The endpoint's id, e.g. deadletters for /actuator/deadletters/0-42; null outside the actuator. */
    String endpointId(String uri) {
        if (!uri.startsWith(basePath + "/")) {
            return null;
        }
        String rest = uri.substring(basePath.length() + 1);
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.isEmpty() ? null : id.toLowerCase(Locale.ROOT);
    }

    static String outcome(int status) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            return "unauthenticated";
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return "forbidden";
        }
        return status < 400 ? "ok" : "failed";
    }

    private static String who(Authentication auth) {
        return auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                ? "anonymous"
                : auth.getName();
    }
}
