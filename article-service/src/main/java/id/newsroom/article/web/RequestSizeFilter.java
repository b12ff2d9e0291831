package id.newsroom.article.web;

import java.io.IOException;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.imports.ImportProperties;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.defaults.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Oversize requests get 413 before anyone reads them; bodies without a length are cut off while read. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final long importLimit;

    public RequestSizeFilter(ArticleProperties properties, ImportProperties imports) {
        this.limit = properties.limits().requestMaxBytes();
        this.importLimit = imports.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        // An archive import is a stream of many articles (each line is still checked against the article limits).
        long limit = request.getRequestURI().startsWith("/api/imports") ? importLimit : this.limit;
        if (length > limit) {
            response.setHeader("Connection", "close");
            ProblemResponses.write(request, response, ClientProblem.tooLarge(
                    "The request has " + length + " bytes; the limit is " + limit + " bytes.").getBody());
            return;
        }
        chain.doFilter(length < 0 ? new Limited(request, limit) : request, response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > limit) {
                        throw new RequestTooLargeException("The request is larger than the limit of " + limit + " bytes.");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (count += n) > limit) {
                        throw new RequestTooLargeException("The request is larger than the limit of " + limit + " bytes.");
                    }
                    return n;
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
            };
        }
    }
}
