package id.newsroom.web.page;

import java.util.Map;

import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Readers get an Indonesian HTML page for every failure: 404/410 for what is not there, 503 when a service is down. */
@ControllerAdvice
public class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** The error page ({@code error.jte}): {@code title} in the head, {@code message} as its heading. */
    public static ModelAndView view(HttpStatus status, String title, String message) {
        return new ModelAndView("error",
                Map.of("meta", Meta.of(title, title, null).notIndexed(), "status", status.value(), "message", message),
                status);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return notThere(e.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView noSuchPage(HttpServletResponse response) {
        return notThere(HttpStatus.NOT_FOUND, "Halaman tidak ditemukan", response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method() {
        return view(HttpStatus.METHOD_NOT_ALLOWED, "Metode tidak diizinkan", "Metode tidak diizinkan");
    }

    /** Never cached, with Retry-After so crawlers come back rather than drop the page. */
    @ExceptionHandler(UpstreamUnavailableException.class)
    ModelAndView unavailable(UpstreamUnavailableException e, HttpServletResponse response) {
        log.warn("Serving 503: {}", e.getMessage());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        return view(HttpStatus.SERVICE_UNAVAILABLE, "Layanan sedang sibuk",
                "Layanan berita sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.");
    }

    private static ModelAndView notThere(HttpStatus status, String message, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NOT_FOUND.cacheControl().getHeaderValue());
        return view(status, message, message);
    }
}
