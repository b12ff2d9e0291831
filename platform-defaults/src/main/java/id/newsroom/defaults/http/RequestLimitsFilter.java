package id.newsroom.defaults.http;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Oversize requests get 413/414/431 problem+json before anyone reads them; a body without a length is cut off while
 * it is read (the controller's exception handler turns the {@link RequestTooLargeException} into a 413).
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    private final HttpHardeningProperties.Limits limits;
    private final BodySizeLimit bodySizeLimit;
    private final RequestRejections rejections;

    public RequestLimitsFilter(HttpHardeningProperties.Limits limits, BodySizeLimit bodySizeLimit,
            RequestRejections rejections) {
        this.limits = limits;
        this.bodySizeLimit = bodySizeLimit;
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        int uriLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (uriLength > limits.maxUriLength()) {
            rejections.reject(request, response, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "The path and query have " + uriLength + " characters; the limit is " + limits.maxUriLength()
                            + ".",
                    "uri_too_long");
            return;
        }
        int parameters = countParameters(query);
        if (parameters > limits.maxQueryParameters()) {
            rejections.reject(request, response, HttpStatus.URI_TOO_LONG, "too-many-parameters",
                    "Too many query parameters", "The query has " + parameters + " parameters; the limit is "
                            + limits.maxQueryParameters() + ".",
                    "too_many_parameters");
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > limits.maxHeaderSize().toBytes()) {
            rejections.reject(request, response, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "Request headers too large", "The request headers have " + headerBytes + " bytes; the limit is "
                            + limits.maxHeaderSize().toBytes() + " bytes.",
                    "headers_too_large");
            return;
        }
        long limit = bodySizeLimit.maxBytes(request);
        long length = request.getContentLengthLong();
        if (length > limit) {
            response.setHeader("Connection", "close"); // the unread body must not be taken for the next request
            rejections.reject(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "The request has " + length + " bytes; the limit is " + limit + " bytes.", "body_too_large");
            return;
        }
        chain.doFilter(length < 0 ? new Limited(request, limit) : request, response);
    }

    static int countParameters(String query) {
        if (query == null || query.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String part : query.split("&")) {
            if (!part.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4; // ": " and CRLF
            }
        }
        return bytes;
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RequestTooLargeException {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException("The request is larger than the limit of " + limit + " bytes.");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
