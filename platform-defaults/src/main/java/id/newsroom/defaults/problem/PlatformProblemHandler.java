package id.newsroom.defaults.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.newsroom.defaults.problem.ClientProblem.FieldProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One way for every service to answer a client mistake: RFC 9457 problem+json, 4xx, a {@code detail} that says what
 * to fix and, for field mistakes, an {@code errors} list. Spring's base class covers 405/406/415, missing parameters,
 * unknown paths, oversize uploads and every {@link org.springframework.web.ErrorResponseException} (so services'
 * own exceptions need no handler); this class words the cases where its default detail does not help a client.
 * A service with more cases extends it.
 */
@RestControllerAdvice
public class PlatformProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponse known) { // e.g. a size limit that tripped while the body was read
                return handleExceptionInternal(ex, known.getBody(), new HttpHeaders(), known.getStatusCode(), request);
            }
        }
        return answer(JsonBodyProblems.describeReadFailure(ex), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>(ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(),
                        f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
        ex.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldProblem("body", g.getDefaultMessage())));
        return answer(ClientProblem.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return answer(ClientProblem.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return answer(ClientProblem.invalid(name == null ? "parameter" : name,
                "'" + ex.getValue() + "' is not a valid " + expected), request);
    }

    /** Answers with a problem this platform words (rather than the exception Spring raised). */
    protected ResponseEntity<Object> answer(ClientProblem problem, WebRequest request) {
        return handleExceptionInternal(problem, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }
}
