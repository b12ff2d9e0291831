package id.newsroom.desk;

import id.newsroom.desk.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;

/** Who is signed in, as every page shows it (name, role) and needs it (the CSRF token for the script's calls). */
public record DeskUser(String username, String name, boolean editor, String csrfHeader, String csrfToken) {

    public static DeskUser of(Authentication auth, CsrfToken csrf) {
        String username = auth.getName();
        String name = auth.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null
                ? oidc.getFullName()
                : username;
        return new DeskUser(username, name, Roles.isEditor(auth), csrf == null ? "" : csrf.getHeaderName(),
                csrf == null ? "" : csrf.getToken());
    }

    public String roleLabel() {
        return editor ? "Editor" : "Penulis";
    }
}
