package id.newsroom.identity.tokens;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.identity.IdentityProperties;
import id.newsroom.identity.users.DemoUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Claims as Keycloak's realm newsroom puts them (deploy/keycloak): the realm roles in {@code roles}, the user name in
 * {@code preferred_username}, the display name in {@code name}, and the APIs in {@code aud}; so the services' JWT
 * converters read local tokens exactly as they read Keycloak's.
 */
@Component
public class KeycloakShapedClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final IdentityProperties props;
    private final DemoUsers users;

    public KeycloakShapedClaims(IdentityProperties props, DemoUsers users) {
        this.props = props;
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Authentication principal = context.getPrincipal();
        String username = principal.getName();
        List<String> roles = roles(principal);
        if (roles.isEmpty()) {
            return; // a client acting for itself: no user claims
        }
        context.getClaims().claim("preferred_username", username)
                .claim("name", users.displayName(username).orElse(username))
                .claim("roles", roles);
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            List<String> audience = new ArrayList<>(props.audiences());
            audience.add(context.getRegisteredClient().getClientId());
            context.getClaims().audience(audience);
        }
    }

    static List<String> roles(Authentication principal) {
        return principal.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
    }
}
