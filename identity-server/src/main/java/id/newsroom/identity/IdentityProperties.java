package id.newsroom.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider ({@code identity.*}): its issuer, its users and the desk's client.
 *
 * @param issuer    the URL tokens name in {@code iss}; browsers and services must reach it under this name
 * @param audiences put in every access token's {@code aud}, as Keycloak's audience mappers do for the APIs
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
        @DefaultValue LoginThrottle loginThrottle) {

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

    /**
     * Failed sign-ins: after {@code maxFailuresPerUser} for one user name or {@code maxFailuresPerAddress} from one
     * address, the login form answers 429 for {@code firstLock}, doubling per further failure up to {@code maxLock}.
     */
    public record LoginThrottle(@DefaultValue("5") int maxFailuresPerUser,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("30s") Duration firstLock,
            @DefaultValue("15m") Duration maxLock,
            @DefaultValue("1h") Duration memory) {}
}
