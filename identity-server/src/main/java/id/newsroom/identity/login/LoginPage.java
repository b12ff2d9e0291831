package id.newsroom.identity.login;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The sign-in form, in Indonesian like the desk it signs in to; small enough to need no template engine. */
final class LoginPage {

    private LoginPage() {}

    static String render(CsrfToken csrf, String message) {
        String alert = message == null
                ? ""
                : "<p class=\"alert\" role=\"alert\">" + HtmlUtils.htmlEscape(message)
                        + "</p>";
        String token = csrf == null
                ? ""
                : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(
                        csrf.getParameterName()) + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        return """
                <!doctype html>
                <html lang="id"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Masuk - Newsroom</title>
                <style>
                body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f4f2;color:#1a1a1a}
                main{max-width:22rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:8px}
                label{display:block;margin-top:1rem;font-weight:600}
                input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #767676;border-radius:4px}
                button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
                .alert{background:#fde8e8;color:#8a1111;padding:.5rem;border-radius:4px}
                </style></head>
                <body><main><h1>Masuk ke Newsroom</h1>
                @ALERT@
                <form method="post" action="/login">
                <label for="username">Nama pengguna</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Kata sandi</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                @TOKEN@
                <button type="submit">Masuk</button>
                </form></main></body></html>
                """
                // The CSS holds % signs: placeholders, not format().
                .replace("@ALERT@", alert).replace("@TOKEN@", token);
    }
}
