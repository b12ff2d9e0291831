package id.newsroom.defaults.operator;

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

/** 401 and 403 of the actuator as problem+json, like every other refusal of the platform. */
class OperatorProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final OperatorProperties properties;

    OperatorProblems(OperatorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", properties.mode() == OperatorProperties.Mode.JWT
                ? "Bearer"
                : "Basic realm=\"newsroom\"");
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Authentication required", "Operator actions need credentials of the " + properties.role()
                        + " role in the Authorization header."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(request, response, ClientProblem.problem(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", request.getMethod() + " " + request.getRequestURI() + " is an operator action: it "
                        + "needs the " + properties.role() + " role."));
    }
}
