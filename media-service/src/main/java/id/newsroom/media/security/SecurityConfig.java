package id.newsroom.media.security;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.defaults.http.HttpHardeningProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Variants are public (readers' browsers fetch them); everything under /api needs WRITER or EDITOR. Locally HTTP
 * Basic against configured bcrypt hashes; in the docker profile JWTs, as in article-service.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties props, ProblemAuthHandlers problems,
            JwtDecoder jwtDecoder, HttpHardeningProperties hardening) throws Exception {
        http.csrf(c -> c.disable()) // stateless API, credentials in headers, no cookies
                .headers(h -> securityHeaders(h, hardening.headers()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/media/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/media/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error")
                        .permitAll()
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
                users.add(User.withUsername(u.username()).password(u.passwordHash()).roles(u.role().name()).build());
            }
        }
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername; // not a password-updating service: no re-hash per request
    }
}
