package id.newsroom.article.web;

import java.io.IOException;

/** Thrown while reading a request body that grew past the configured limit (chunked uploads have no length). */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(String message) {
        super(message);
    }
}
