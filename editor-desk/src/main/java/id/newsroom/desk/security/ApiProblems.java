package id.newsroom.desk.security;

import java.io.IOException;

import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.defaults.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/**
 * The script's calls ({@code /desk-api/**}) refused as problem+json, like the APIs' own refusals: 401 when the
 * session has ended (no session, or no CSRF token left in it: the editor keeps the text and signs in again), 403
 * for a wrong CSRF token or a missing role.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        signInAgain(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof MissingCsrfTokenException) {
            signInAgain(request, response);
            return;
        }
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", "The desk refused this call: reload the page (its CSRF token is stale) or ask an "
                        + "editor."));
    }

    static void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.UNAUTHORIZED, "session-ended",
                "Session ended", "Sign in again; the unsaved text stays in this browser."));
    }
}
