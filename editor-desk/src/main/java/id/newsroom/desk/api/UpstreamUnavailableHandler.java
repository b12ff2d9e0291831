package id.newsroom.desk.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.defaults.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An API that does not answer (down, restarting, too slow) is the platform's fault, not the desk's: 502 (504 when it
 * was too slow) instead of a 500, as problem+json for the script, which keeps the text in the browser and saves it
 * again, and as a page saying so for a page.
 */
@ControllerAdvice
class UpstreamUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(UpstreamUnavailableHandler.class);

    @ExceptionHandler({ConnectException.class, HttpTimeoutException.class, ResourceAccessException.class})
    ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean slow = e instanceof HttpTimeoutException || e.getCause() instanceof HttpTimeoutException;
        HttpStatus status = slow ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
        log.warn("{} {}: an API did not answer ({})", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader("Retry-After", "5");
        if (request.getRequestURI().startsWith("/desk-api/")) {
            ProblemResponses.write(request, response, ClientProblem.problem(status, "upstream-unavailable",
                    "Service unavailable", "The newsroom's API did not answer" + (slow ? " in time" : "")
                            + "; the text stays in this browser and is saved again when it answers."));
            return new ModelAndView();
        }
        response.setStatus(status.value());
        return new ModelAndView("unavailable");
    }
}
