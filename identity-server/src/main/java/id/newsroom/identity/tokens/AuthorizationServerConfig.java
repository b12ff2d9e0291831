package id.newsroom.identity.tokens;

import java.util.UUID;

import id.newsroom.identity.IdentityProperties;
import id.newsroom.identity.login.LoginThrottle;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OpenID provider: the protocol endpoints (authorize, token, JWK set, discovery, userinfo, RP-initiated logout)
 * in one chain, the sign-in form (throttled) in the other. The signing key is made at start: a restart signs the
 * desk's users out, as a local stand-in may.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfig {

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // A browser without a session is sent to the sign-in form; API clients get 401.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/error", "/css/**", "/favicon.ico").permitAll()
                .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Only inside the sign-in chain, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOnlyInsideSecurity(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties props) {
        return AuthorizationServerSettings.builder().issuer(props.issuer()).build();
    }

    /** The editors' desk, a confidential client with PKCE, as the Keycloak realm's newsroom-desk. */
    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties props) {
        IdentityProperties.Client desk = props.desk();
        RegisteredClient.Builder client = RegisteredClient.withId(UUID.nameUUIDFromBytes(desk.clientId().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString())
                .clientId(desk.clientId())
                .clientSecret(desk.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true)
                        .requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(props.accessTokenTtl())
                        .refreshTokenTimeToLive(props.refreshTokenTtl()).reuseRefreshTokens(false).build());
        desk.redirectUris().forEach(client::redirectUri);
        desk.postLogoutRedirect().forEach(client::postLogoutRedirectUri);
        return new InMemoryRegisteredClientRepository(client.build());
    }
}
