package id.newsroom.defaults.http;

import java.io.IOException;

import id.newsroom.defaults.problem.ClientProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * Thrown while reading a request body that grew past the configured limit (chunked uploads have no length). An
 * {@link IOException}, because the stream throws it; an {@link ErrorResponse}, so it is answered 413 problem+json
 * also when the JSON reader wraps it.
 */
public class RequestTooLargeException extends IOException implements ErrorResponse {

    public RequestTooLargeException(String message) {
        super(message);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.CONTENT_TOO_LARGE;
    }

    @Override
    public ProblemDetail getBody() {
        return ClientProblem.tooLarge(getMessage()).getBody();
    }
}
