package id.newsroom.article.web;

import java.util.List;

import id.newsroom.article.web.ApiException.FieldProblem;
import id.newsroom.defaults.http.RequestTooLargeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every client mistake becomes a 4xx problem+json with a detail that says what to fix; never a 5xx. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                return problem(ApiException.tooLarge(tooLarge.getMessage()), request);
            }
        }
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabindException) { // the JSON-level view (field path), not e.g. a DateTimeParseException
                cause = t;
                break;
            }
        }
        return problem(describe(cause), request);
    }

    /** What is wrong with a JSON document, as the problem a client gets (also used per line by the import). */
    public static ApiException describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return ApiException.invalid(path(u), "unknown field '" + u.getPropertyName() + "'; known fields: "
                    + u.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException f) {
            return ApiException.invalid(path(f), "value '" + f.getValue() + "' is not " + describeType(
                    f.getTargetType().getSimpleName()));
        }
        if (cause instanceof MismatchedInputException m && m.getPath().isEmpty()) {
            return ApiException.badRequest("The request body must be a JSON object.");
        }
        if (cause instanceof MismatchedInputException m) {
            String type = m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            return ApiException.invalid(path(m), "wrong type: expected " + describeType(type));
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            String msg = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            return ApiException.badRequest("Malformed JSON: " + msg);
        }
        return ApiException.badRequest("The request body is missing or is not JSON.");
    }

    private static String describeType(String simpleName) {
        return switch (simpleName) {
            case "List", "ArrayList" -> "an array";
            case "String" -> "a string";
            case "Instant" -> "an ISO-8601 instant such as 2026-12-01T07:00:00Z";
            case "Status" -> "one of DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED, DELETED";
            default -> simpleName.endsWith("Request") ? "an object" : simpleName;
        };
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        });
        return sb.length() == 0 ? "body" : sb.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), message(f)))
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
        List<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldProblem("body", g.getDefaultMessage())).toList();
        List<FieldProblem> all = new java.util.ArrayList<>(errors);
        all.addAll(global);
        return problem(ApiException.invalid(all), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return problem(ApiException.invalid(errors), request);
    }

    /** A streamed body (the archive import) that grew past its limit while it was read. */
    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException ex, WebRequest request) {
        return problem(ApiException.tooLarge(ex.getMessage()), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        return problem(ApiException.invalid(ex.getName(), "'" + ex.getValue() + "' is not a valid "
                + (ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName())), request);
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage();
    }

    private ResponseEntity<Object> problem(ApiException e, WebRequest request) {
        ProblemDetail body = e.getBody();
        return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.valueOf(body.getStatus()), request);
    }
}
