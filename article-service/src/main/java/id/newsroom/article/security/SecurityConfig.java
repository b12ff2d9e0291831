package id.newsroom.article.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.defaults.http.AddressRange;
import id.newsroom.defaults.http.ClientAddresses;
import id.newsroom.defaults.http.HttpHardeningProperties;
import id.newsroom.defaults.http.RequestRejections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may do what in the API (the actuator's own chain, platform-defaults' OperatorSecurityAutoConfiguration, comes
 * first and uses the users and the JWT decoder defined here: drift needs OPERATOR). Writers and editors use the API; only editors publish, unpublish, schedule and delete (finer
 * rules, such as "writers edit only their own drafts", live in the service). Locally HTTP Basic against configured
 * bcrypt hashes; in the docker profile JWTs from the configured issuer, with no passwords at all.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties props, ProblemAuthHandlers problems,
            JwtDecoder jwtDecoder, ArticleProperties article, HttpHardeningProperties hardening,
            RequestRejections rejections) throws Exception {
        http.csrf(c -> c.disable()) // stateless API, credentials in headers, no cookies
                .headers(h -> securityHeaders(h, hardening.headers()))
                .addFilterAfter(new LoginThrottle(article.loginThrottle(), new ClientAddresses(AddressRange.parseAll(
                        hardening.rateLimit().trustedProxies())), rejections), HeaderWriterFilter.class)
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error")
                        .permitAll()
                        // The site's preview of a draft: the signed, expiring token is the authorization.
                        .requestMatchers(HttpMethod.GET, "/api/previews/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/articles/*/publish", "/api/articles/*/unpublish",
                                "/api/articles/*/schedule", "/api/articles/*/return")
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/articles/*").hasRole(Role.EDITOR.name())
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole(Role.EDITOR.name())
                        .requestMatchers("/api/**").hasAnyRole(Role.WRITER.name(), Role.EDITOR.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        // Locally Basic and, when an issuer is configured (the local identity server), its JWTs as well: the desk
        // signs in with OIDC while scripts and curl keep their passwords.
        if (props.mode() == SecurityProperties.Mode.JWT || props.jwt().configured()) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(j -> j.decoder(jwtDecoder).jwtAuthenticationConverter(JwtConfig.jwtConverter(props))));
        }
        if (props.mode() == SecurityProperties.Mode.BASIC) {
            http.httpBasic(b -> b.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    /**
     * Spring Security's defaults (nosniff, X-Frame-Options DENY, no caching) plus the platform's Referrer-Policy and
     * CSP: none at all for JSON, Swagger UI's own scripts and styles on its page.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers,
            HttpHardeningProperties.Headers policy) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.get(policy.referrerPolicy())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(policy.docsContentSecurityPolicy())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(policy.contentSecurityPolicy())));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(new BCryptPasswordEncoder());
    }

    /** Configured users in basic mode; none in jwt mode (no default passwords). */
    @Bean
    UserDetailsService users(SecurityProperties props) {
        List<UserDetails> users = new ArrayList<>();
        if (props.mode() == SecurityProperties.Mode.BASIC) {
            for (SecurityProperties.User u : props.users()) {
                users.add(User.withUsername(u.username()).password(u.passwordHash())
                        .roles(u.role().name()).build());
            }
        }
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        // Exposed only as a UserDetailsService: as a password *updating* service it would make Spring re-hash the
        // password (a full bcrypt run) on every request whose stored hash has another cost than the encoder's.
        return manager::loadUserByUsername;
    }

    /**
     * Spring Security's CORS filter (found by this bean name), refusing a disallowed origin with a problem instead of
     * the plain text "Invalid CORS request"; not registered a second time as a servlet filter.
     */
    @Bean
    CorsFilter corsFilter(@Qualifier("corsConfigurationSource") CorsConfigurationSource source) {
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                response.getBody().write(("{\"type\":\"https://newsroom.id/problems/cors\",\"title\":\"Origin not "
                        + "allowed\",\"status\":403,\"detail\":\"Browsers on this origin may not call the API "
                        + "(CORS); ask for the origin to be configured.\"}").getBytes(StandardCharsets.UTF_8));
                response.flush();
            }
        });
        return filter;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOnlyInsideSecurity(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }

    /** CORS only for the configured origins; none configured means browsers on other origins are refused. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(ArticleProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.cors().allowedOrigins();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "traceparent"));
            cors.setExposedHeaders(List.of("ETag", "Location"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }

}
