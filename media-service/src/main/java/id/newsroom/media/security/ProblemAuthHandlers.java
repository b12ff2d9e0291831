package id.newsroom.media.security;

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
import org.springframework.stereotype.Component;

/** 401 and 403 as problem+json too, so clients handle every error the same way. */
@Component
public class ProblemAuthHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecurityProperties props;

    public ProblemAuthHandlers(SecurityProperties props) {
        this.props = props;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate",
                props.mode() == SecurityProperties.Mode.JWT ? "Bearer" : "Basic realm=\"newsroom\"");
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Authentication required", "Log in first: send valid credentials in the Authorization header."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", "Your role may not " + request.getMethod() + " " + request.getRequestURI()
                        + "; photos need the WRITER or EDITOR role."));
    }
}
