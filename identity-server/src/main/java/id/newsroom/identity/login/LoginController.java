package id.newsroom.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /login: the form; Spring Security's form login handles its POST. */
@RestController
class LoginController {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request) {
        String message = null;
        if (request.getParameter("error") != null) {
            message = "Nama pengguna atau kata sandi salah.";
        } else if (request.getParameter("logout") != null) {
            message = "Anda sudah keluar.";
        }
        return LoginPage.render((CsrfToken) request.getAttribute(CsrfToken.class.getName()), message);
    }
}
