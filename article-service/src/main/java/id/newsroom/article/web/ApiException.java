package id.newsroom.article.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A client mistake, answered as an RFC 9457 problem with a detail a person can act on. */
public class ApiException extends ErrorResponseException {

    public static final String TYPE_BASE = "https://newsroom.id/problems/";

    public ApiException(HttpStatusCode status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }

    public ApiException with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    public static ApiException notFound(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Article not found",
                "No article with id '" + id + "'.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    public static ApiException invalidTransition(String action, String currentStatus) {
        return new ApiException(HttpStatus.CONFLICT, "invalid-transition", "Transition not allowed",
                "Cannot " + action + " an article whose status is " + currentStatus + ".")
                .with("currentStatus", currentStatus);
    }

    public static ApiException stale(long expected, long current) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "stale-version", "Article changed meanwhile",
                "If-Match names version " + expected + " but the article is at version " + current
                        + "; reload it and apply your change again.").with("currentVersion", current);
    }

    public static ApiException ifMatchRequired() {
        return new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                "Send If-Match with the ETag you read (e.g. If-Match: \"3\") so that edits never overwrite each other.");
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }

    /** 400 with one entry per offending field. */
    public static ApiException invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail)
                .with("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public record FieldProblem(String field, String message) {
    }
}
