package id.newsroom.article.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import id.newsroom.defaults.http.RequestTooLargeException;
import id.newsroom.defaults.problem.PlatformProblemHandler;

/** The platform's problem answers, plus the one mistake only this service can see: a streamed body past its limit. */
@RestControllerAdvice
public class ArticleProblemHandler extends PlatformProblemHandler {

    /** The archive import reads its body itself, so the limit trips in the controller, not in the JSON reader. */
    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException ex, WebRequest request) {
        return handleExceptionInternal(ex, ex.getBody(), new HttpHeaders(), ex.getStatusCode(), request);
    }
}
