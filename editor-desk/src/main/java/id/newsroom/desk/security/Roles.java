package id.newsroom.desk.security;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The newsroom roles the desk shows buttons for (the APIs enforce them again). */
public final class Roles {

    private Roles() {}

    /** ROLE_X for a newsroom role name, or null for anything else (Keycloak's default roles, typos). */
    static GrantedAuthority authority(String name) {
        String role = name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
        return switch (role) {
            case "WRITER", "EDITOR", "OPERATOR" -> new SimpleGrantedAuthority("ROLE_" + role);
            default -> null;
        };
    }

    public static boolean isEditor(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_EDITOR"::equals);
    }
}
