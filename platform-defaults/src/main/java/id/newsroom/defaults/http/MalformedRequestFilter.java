package id.newsroom.defaults.http;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input the container and Spring MVC would fail on with a 500 gets a 400/415 problem first: a path or query string
 * that is not valid percent-encoded UTF-8 (Tomcat throws while parsing parameters, Spring while parsing a path's
 * {@code ;parameters}), a Content-Type that is not one concrete media type (Spring throws on a wildcard).
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

    private final RequestRejections rejections;
    private final Predicate<HttpServletRequest> uploadPath;
    private final Predicate<HttpServletRequest> formPath;

    /** A service that takes no uploads. */
    public MalformedRequestFilter(RequestRejections rejections) {
        this(rejections, request -> false);
    }

    /** @param uploadPath the paths that take multipart uploads (media-service's): their parts are left to Spring MVC */
    public MalformedRequestFilter(RequestRejections rejections, Predicate<HttpServletRequest> uploadPath) {
        this(rejections, uploadPath, request -> false);
    }

    /** @param formPath the paths that take HTML form posts (a sign-in form, an OAuth token endpoint) */
    public MalformedRequestFilter(RequestRejections rejections, Predicate<HttpServletRequest> uploadPath,
            Predicate<HttpServletRequest> formPath) {
        this.rejections = rejections;
        this.uploadPath = uploadPath;
        this.formPath = formPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!validPercentEncoding(request.getRequestURI())) {
            // Tomcat decodes the path but not its ;parameters, which Spring's path parsing then fails on.
            rejections.reject(request, response, HttpStatus.BAD_REQUEST, "bad-path", "Malformed path",
                    "The path is not valid percent-encoded UTF-8 (a '%' must start %XX).", "malformed_path");
            return;
        }
        String query = request.getQueryString();
        if (query != null && !validPercentEncoding(query)) {
            rejections.reject(request, response, HttpStatus.BAD_REQUEST, "bad-query", "Malformed query string",
                    "The query string is not valid percent-encoded UTF-8 (a '%' must start %XX, and the bytes must "
                            + "spell UTF-8).",
                    "malformed_query");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !concreteMediaType(contentType)) {
            rejections.reject(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "bad-content-type",
                    "Malformed Content-Type", "Content-Type '" + contentType + "' is not one concrete media type "
                            + "such as application/json.",
                    "malformed_content_type");
            return;
        }
        if (contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType))
                && !formPath.test(request)) {
            // Nothing here takes a form; the container would parse (and choke on) it as parameters.
            rejections.reject(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "bad-content-type",
                    "Forms not accepted", "This service takes no form posts; send JSON.", "malformed_content_type");
            return;
        }
        if (contentType != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType))
                && uploadPath.test(request)) {
            // An upload: asking for the parameters would make Tomcat read and store every part here, before
            // authentication and outside the body limit's stream. Spring MVC parses the parts later, with its limits.
            // Elsewhere multipart is a client mistake, answered below as before (the fuzzers check it).
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParameterMap(); // the query, or a form where one is configured: Tomcat throws on what it cannot parse
        } catch (RuntimeException e) {
            rejections.reject(request, response, HttpStatus.BAD_REQUEST, "bad-query", "Malformed query string",
                    "The query string cannot be parsed: " + e.getMessage(), "malformed_query");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean concreteMediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean validPercentEncoding(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7F) {
                return false; // Tomcat passes raw bytes as ISO-8859-1 characters: never valid here
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
