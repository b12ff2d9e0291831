package id.newsroom.web.page;

import java.util.Map;

import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Readers get an Indonesian HTML page for every failure: 404/410 for what is not there, 503 when a service is down. */
@RestControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        HttpStatus status = e.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
        return page(status, e.getMessage());
    }

    @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<String> noSuchPage(Exception e) {
        return page(HttpStatus.NOT_FOUND, "Halaman tidak ditemukan");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).contentType(Pages.HTML)
                .body(pages.html("error", meta("Metode tidak diizinkan"),
                        Map.of("status", 405, "message", "Metode tidak diizinkan")));
    }

    @ExceptionHandler(UpstreamUnavailableException.class)
    ResponseEntity<String> unavailable(UpstreamUnavailableException e) {
        log.warn("Serving 503: {}", e.getMessage());
        return pages.unavailable(meta("Layanan sedang sibuk"));
    }

    private ResponseEntity<String> page(HttpStatus status, String message) {
        return pages.render(status, Pages.Policy.NOT_FOUND, "error", meta(message),
                Map.of("status", status.value(), "message", message));
    }

    private static Meta meta(String title) {
        return Meta.of(title, title, null).notIndexed();
    }
}
