package id.newsroom.defaults.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client mistake, answered as an RFC 9457 problem whose {@code detail} says what to fix. Spring MVC renders it as
 * {@code application/problem+json} by itself; services throw it (or their own subclass) from anywhere.
 */
public class ClientProblem extends ErrorResponseException {

    /** Where every problem type of the platform lives: {@code type} is this plus a short slug. */
    public static final String TYPE_BASE = "https://newsroom.id/problems/";

    public ClientProblem(HttpStatusCode status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** Adds an extension member, e.g. the version a stale write should reload. */
    public ClientProblem with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public static ClientProblem badRequest(String detail) {
        return new ClientProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }

    public static ClientProblem notFound(String detail) {
        return new ClientProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static ClientProblem gone(String detail) {
        return new ClientProblem(HttpStatus.GONE, "gone", "Gone", detail);
    }

    public static ClientProblem forbidden(String detail) {
        return new ClientProblem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    public static ClientProblem tooLarge(String detail) {
        return new ClientProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", detail);
    }

    /** 400 with one entry per offending field in {@code errors}, and all of them in {@code detail}. */
    public static ClientProblem invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ClientProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail)
                .with("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }

    public static ClientProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** One thing wrong with one field (a JSON path such as {@code image.url}, or a parameter name). */
    public record FieldProblem(String field, String message) {}
}
