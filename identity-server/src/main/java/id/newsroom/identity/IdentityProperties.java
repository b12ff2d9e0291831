package id.newsroom.identity;

import java.time.Duration;
import java.util.List;

import id.newsroom.defaults.http.FailedLogins;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider ({@code identity.*}): its issuer, its users and the desk's client.
 *
 * @param issuer    the URL tokens name in {@code iss}; browsers and services must reach it under this name
 * @param audiences     put in every access token's {@code aud}, as Keycloak's audience mappers do for the APIs
 * @param loginThrottle failed sign-ins before the form answers 429 ({@code identity.login-throttle.*})
 */
@ConfigurationProperties("identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8180") String issuer,
        @DefaultValue({
                "article-service", "media-service"}) List<String> audiences,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl,
        @DefaultValue List<User> users,
        @DefaultValue Client desk,
        @DefaultValue FailedLogins.Limits loginThrottle) {

    /**
     * A staff member.
     *
     * @param passwordHash bcrypt, never a clear password
     * @param role         WRITER, EDITOR or OPERATOR
     * @param name         display name (claim {@code name}), the article author's name
     */
    public record User(String username, String passwordHash, String role, String name) {}

    /**
     * The editors' desk: a confidential client with authorization code + PKCE and refresh tokens.
     *
     * @param secretHash         bcrypt of the client secret
     * @param redirectUris       the desk's {@code /login/oauth2/code/newsroom}
     * @param postLogoutRedirect where RP-initiated logout may send the browser back to
     */
    public record Client(@DefaultValue("newsroom-desk") String clientId, String secretHash,
            @DefaultValue List<String> redirectUris, @DefaultValue List<String> postLogoutRedirect) {}
}
