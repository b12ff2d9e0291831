package id.newsroom.media.web;

import id.newsroom.defaults.problem.ClientProblem;
import org.springframework.http.HttpStatus;

/**
 * A refused picture or request: the problem answered, plus the reason counted in
 * {@code news_media_rejects_total{reason}}.
 */
public class MediaProblem extends ClientProblem {

    private final String reason;

    public MediaProblem(HttpStatus status, String reason, String title, String detail) {
        super(status, reason.replace('_', '-'), title, detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public static MediaProblem notFound(String detail) {
        return new MediaProblem(HttpStatus.NOT_FOUND, "not_found", "Not found", detail);
    }

    public static MediaProblem unprocessable(String reason, String title, String detail) {
        return new MediaProblem(HttpStatus.UNPROCESSABLE_CONTENT, reason, title, detail);
    }

    public static MediaProblem unsupported(String reason, String detail) {
        return new MediaProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason, "Not an accepted image", detail);
    }

    public static MediaProblem tooLarge(long bytes, long limit) {
        return new MediaProblem(HttpStatus.CONTENT_TOO_LARGE, "too_large", "Picture too large",
                "The picture has " + (bytes < 0 ? "more than " + limit : bytes) + " bytes; the limit is " + limit
                        + " bytes.");
    }
}
