package id.newsroom.desk.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import id.newsroom.desk.DeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The desk is a backend-for-frontend: the browser holds only a session cookie (CSRF-protected), the tokens stay
 * here. Pages redirect to the identity provider when signed out; the browser's API calls ({@code /desk-api/**}) get
 * 401 instead, so the editor's script can keep the unsaved text and offer to sign in again.
 */
@Configuration(proxyBeanMethods = false)
public class DeskSecurityConfig {

    public static final String REGISTRATION = "newsroom";

    @Bean
    SecurityFilterChain desk(HttpSecurity http, ClientRegistrationRepository registrations,
            DeskProperties props) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/desk-api/**");
        ApiProblems problems = new ApiProblems();
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new NegatedRequestMatcher(api)); // after sign-in, back to a page, never to JSON
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/css/**", "/js/**", "/favicon.svg", "/error", "/actuator/health/**").permitAll()
                .anyRequest().hasAnyRole("WRITER", "EDITOR"))
                .requestCache(r -> r.requestCache(pages))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, api)
                        // An ended session has no CSRF token left: that write is "sign in again", not "forbidden".
                        .defaultAccessDeniedHandlerFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(
                                "/oauth2/authorization/" + REGISTRATION), AnyRequestMatcher.INSTANCE))
                .oauth2Login(o -> o.loginPage("/oauth2/authorization/" + REGISTRATION)
                        .userInfoEndpoint(u -> u.userAuthoritiesMapper(roles(props.identity().rolesClaim()))))
                .logout(l -> l.logoutSuccessHandler(logout));
        return http.build();
    }

    /** Built here, not discovered: the desk starts (and reports health) whether or not the provider answers. */
    @Bean
    ClientRegistrationRepository clientRegistrations(DeskProperties props) {
        DeskProperties.Identity idp = props.identity();
        ClientRegistration desk = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(idp.clientId())
                .clientSecret(idp.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(idp.authorizationUri())
                .tokenUri(idp.tokenUri())
                .jwkSetUri(idp.jwkSetUri())
                .issuerUri(idp.issuer())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", idp.endSessionUri()))
                .clientName("Newsroom")
                // PKCE also for this confidential client (the provider requires it: a stolen code is useless).
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(desk);
    }

    /** Tokens live in the session: signing out or its expiry forgets them. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the user's access token, refreshing it with the refresh token once it is (nearly) expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }

    /** The newsroom roles from the ID token's roles claim (Keycloak's realm roles), as ROLE_WRITER, ROLE_EDITOR. */
    static GrantedAuthoritiesMapper roles(String claim) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc
                        && oidc.getIdToken().getClaim(claim) instanceof Iterable<?> names) {
                    names.forEach(n -> mapped.add(Roles.authority(String.valueOf(n))));
                }
            }
            mapped.removeIf(a -> a == null);
            return mapped;
        };
    }
}
