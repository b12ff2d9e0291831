package id.newsroom.media.web;

import id.newsroom.defaults.http.RequestTooLargeException;
import id.newsroom.defaults.problem.PlatformProblemHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The platform's problem answers, plus what only an upload service meets: multipart failures. */
@RestControllerAdvice
public class MediaProblemHandler extends PlatformProblemHandler {

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException ex, WebRequest request) {
        return handleExceptionInternal(ex, ex.getBody(), new HttpHeaders(), ex.getStatusCode(), request);
    }

    /** Over the multipart limits (a chunked body has no length for the filter to refuse first): 413, not 500. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        MediaProblem problem = new MediaProblem(HttpStatus.CONTENT_TOO_LARGE, "too_large", "Picture too large",
                "The upload is larger than the limit of 25 MB.");
        return handleExceptionInternal(ex, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(MediaProblem.badRequest("Send the picture as the multipart field 'file'."), request);
    }

    /** A multipart body that cannot be parsed (no boundary, cut off) is the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException ex, WebRequest request) {
        return answer(MediaProblem.badRequest("The multipart body cannot be read: " + ex.getMessage()), request);
    }
}
