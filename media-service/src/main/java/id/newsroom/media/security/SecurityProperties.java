package id.newsroom.media.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in: configured users (HTTP Basic, local) or JWTs from an identity provider (docker profile), as in
 * article-service.
 *
 * @param mode {@code basic} (the users below) or {@code jwt} (OAuth2 resource server)
 */
@ConfigurationProperties("media.security")
public record SecurityProperties(
        @DefaultValue("basic") Mode mode,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt) {

    public enum Mode {
        BASIC, JWT
    }

    /** @param passwordHash bcrypt hash, never a clear password */
    public record User(String username, String passwordHash, Role role) {}

    /**
     * @param rolesClaim     claim with the roles (a list or a space separated string)
     * @param principalClaim claim naming the user
     * @param audience       when set, a token must name this audience in {@code aud}
     */
    public record Jwt(
            String issuerUri,
            String jwkSetUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("sub") String principalClaim,
            String audience) {

        /** Whether an identity provider is named (then tokens are accepted, beside Basic in basic mode). */
        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank() || jwkSetUri != null && !jwkSetUri.isBlank();
        }
    }
}
