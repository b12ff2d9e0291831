package id.newsroom.desk.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Ends the session whose tokens are gone: a page goes through sign-in again (and back), a script's call gets 401 so
 * the editor keeps the text in the browser and offers to sign in.
 */
@RestControllerAdvice
class SignInAgainHandler {

    @ExceptionHandler(SignInAgainException.class)
    void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith("/desk-api/")) {
            ApiProblems.signInAgain(request, response);
        } else {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }
}
