package id.newsroom.defaults.http;

import jakarta.servlet.http.HttpServletRequest;

/** The largest body a request may carry; a service declares its own bean to allow more on some paths (uploads). */
@FunctionalInterface
public interface BodySizeLimit {

    long maxBytes(HttpServletRequest request);
}
