package id.newsroom.desk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the desk finds the APIs and the identity provider ({@code desk.*}); the defaults are the local run's.
 *
 * @param articleUrl article-service, called with the signed-in user's token
 * @param mediaUrl   media-service, likewise
 * @param siteUrl    the readers' site, for "lihat di situs" links
 * @param timeout    for each call to an API
 */
@ConfigurationProperties("desk")
public record DeskProperties(
        @DefaultValue("http://127.0.0.1:8081") String articleUrl,
        @DefaultValue("http://127.0.0.1:8084") String mediaUrl,
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Identity identity) {

    /**
     * The OpenID provider, its endpoints named one by one so that the desk starts without asking it (discovery would
     * tie the desk's start to the provider's) and so that the browser's address (authorization, logout) may differ
     * from the one the desk calls from inside the network (token, keys), as with Keycloak in compose.
     *
     * @param issuer           the {@code iss} of its ID tokens
     * @param authorizationUri opened by the browser
     * @param endSessionUri    opened by the browser on sign-out (RP-initiated logout)
     * @param tokenUri         called by the desk
     * @param jwkSetUri        called by the desk, to check ID tokens
     */
    public record Identity(
            @DefaultValue("http://localhost:8180") String issuer,
            @DefaultValue("http://localhost:8180/oauth2/authorize") String authorizationUri,
            @DefaultValue("http://localhost:8180/connect/logout") String endSessionUri,
            @DefaultValue("http://127.0.0.1:8180/oauth2/token") String tokenUri,
            @DefaultValue("http://127.0.0.1:8180/oauth2/jwks") String jwkSetUri,
            @DefaultValue("newsroom-desk") String clientId,
            String clientSecret,
            @DefaultValue("roles") String rolesClaim) {

        /** Keycloak's secrets have 32 characters; a short one is a placeholder left in a manifest (CHANGE-ME). */
        static final int MIN_SECRET_LENGTH = 16;

        public Identity {
            if (clientSecret == null || clientSecret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException(
                        "desk.identity.client-secret (DESK_CLIENT_SECRET) must have at least "
                                + MIN_SECRET_LENGTH + " characters: set the secret of the provider's client "
                                + clientId);
            }
        }
    }
}
