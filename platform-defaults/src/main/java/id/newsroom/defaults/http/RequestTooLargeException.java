package id.newsroom.defaults.http;

import java.io.IOException;

/** Thrown while reading a body that grew past its limit (a chunked body announces no length up front). */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(String message) {
        super(message);
    }
}
