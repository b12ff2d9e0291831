package id.newsroom.defaults.http;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors nobody described still get a problem+json body: a {@code sendError} (Spring Security's firewall, a
 * container default) is answered here instead of by the error page, and a 4xx/5xx left without a body (Spring could
 * not render its problem for the client's {@code Accept}) gets one. What a controller wrote is never touched.
 */
public class ProblemFallbackFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Tracking tracking = new Tracking(request, response);
        chain.doFilter(request, tracking);
        if (!tracking.written && !request.isAsyncStarted() && !response.isCommitted() && response.getStatus() >= 400
                && !request.getMethod().equals("HEAD")) {
            describe(request, response, response.getStatus(), null);
        }
    }

    static void describe(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = message != null && !message.isBlank()
                ? message
                : status == 406
                        ? "None of the media types in Accept can be produced here; accept application/json."
                        : title + ".";
        RequestRejections.write(request, response, status, "about:blank", title, detail);
    }

    private static final class Tracking extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private boolean written;

        Tracking(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            written = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            written = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("Cannot send an error after the response was committed");
            }
            written = true;
            describe(request, (HttpServletResponse) getResponse(), status, message);
        }
    }
}
