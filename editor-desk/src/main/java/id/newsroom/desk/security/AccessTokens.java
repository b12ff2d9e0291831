package id.newsroom.desk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/** The signed-in user's access token for the APIs, refreshed when needed; never sent to the browser. */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager manager;

    public AccessTokens(OAuth2AuthorizedClientManager manager) {
        this.manager = manager;
    }

    /** The token, or throws {@link SignInAgainException} when the session has none left (refresh refused). */
    public String current(HttpServletRequest request, HttpServletResponse response) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest.withClientRegistrationId(
                DeskSecurityConfig.REGISTRATION).principal(user)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response).build();
        try {
            OAuth2AuthorizedClient client = manager.authorize(authorize);
            if (client == null) {
                throw new SignInAgainException();
            }
            return client.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException e) {
            throw new SignInAgainException();
        }
    }
}
