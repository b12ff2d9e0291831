package id.newsroom.article.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in: configured users (HTTP Basic, local) or JWTs from an identity provider (docker profile).
 *
 * @param mode {@code basic} (the users below) or {@code jwt} (OAuth2 resource server)
 */
@ConfigurationProperties("article.security")
public record SecurityProperties(
        @DefaultValue("basic") Mode mode,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt) {

    public enum Mode {
        BASIC, JWT
    }

    /**
     * A staff member who logs in with a password.
     *
     * @param passwordHash bcrypt hash, never a clear password
     * @param name         display name, used as the article author's name
     */
    public record User(String username, String passwordHash, Role role, String name) {}

    /**
     * Tokens from the identity provider.
     *
     * @param rolesClaim     claim with the roles (a list or a space separated string), e.g. ["EDITOR"]
     * @param nameClaim      claim with the display name
     * @param principalClaim claim naming the author (the article's author id), e.g. Keycloak's preferred_username
     * @param audience       when set, a token must name this audience in {@code aud} (a token for another API is refused)
     */
    public record Jwt(
            String issuerUri,
            String jwkSetUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("name") String nameClaim,
            @DefaultValue("sub") String principalClaim,
            String audience) {

        /** Whether an identity provider is named (then tokens are accepted, beside Basic in basic mode). */
        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank() || jwkSetUri != null && !jwkSetUri.isBlank();
        }
    }
}
