package id.newsroom.defaults.operator;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The operators' actuator in every service: health, info and prometheus stay anonymous (probes, load balancers,
 * Prometheus); every other endpoint (rebuild, reindex, synonyms, dead letters, read model, drift, metrics, ...) needs
 * the OPERATOR role, and every operator action is audited and counted ({@link OperatorAudit}). HTTP Basic locally,
 * JWTs in the docker profile, with the service's own user store or JWT decoder where it has one (article-service,
 * media-service) so that one login works for its API and its actuator.
 */
@AutoConfiguration(before = {ManagementWebSecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, EndpointRequest.class, JwtDecoder.class})
@ConditionalOnProperty(name = "platform.operator.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(OperatorProperties.class)
public class OperatorSecurityAutoConfiguration {

    /** Before a service's own chain for its API (which matches every request). */
    public static final int CHAIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    @Order(CHAIN_ORDER)
    SecurityFilterChain operatorActuatorChain(HttpSecurity http, OperatorProperties props,
            ObjectProvider<UserDetailsService> userStores, ObjectProvider<PasswordEncoder> encoders,
            ObjectProvider<JwtDecoder> decoders, ObjectProvider<MeterRegistry> registry, Environment environment)
            throws Exception {
        OperatorProblems problems = new OperatorProblems(props);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(c -> c.disable()) // no cookies: credentials in every request's Authorization header
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .anyRequest().hasRole(props.role()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new OperatorAudit(environment.getProperty("management.endpoints.web.base-path",
                        "/actuator"), props.auditedReads(), registry.getIfAvailable()),
                        AnonymousAuthenticationFilter.class);
        if (props.actuatorOnly()) {
            http.headers(h -> h.disable()); // platform-defaults' SecurityHeadersFilter writes them on every path
        }
        if (props.mode() == OperatorProperties.Mode.JWT) {
            JwtDecoder decoder = decoders.getIfUnique(() -> OperatorJwt.decoder(props.jwt()));
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(OperatorJwt.converter(props.jwt()))));
        } else {
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                    userStores.getIfUnique(() -> configuredUsers(props)));
            provider.setPasswordEncoder(encoders.getIfUnique(BCryptPasswordEncoder::new));
            http.authenticationManager(new ProviderManager(provider))
                    .httpBasic(b -> b.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    private static UserDetailsService configuredUsers(OperatorProperties props) {
        List<UserDetails> users = new ArrayList<>();
        for (OperatorProperties.User u : props.users()) {
            users.add(User.withUsername(u.username()).password(u.passwordHash())
                    .roles(u.roles().toArray(String[]::new)).build());
        }
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername; // not a password-updating service: no re-hash on every request
    }

    /**
     * Spring Security's filter on the actuator's paths only, for services whose public API has no security: their
     * readers' requests pass no security filter at all. (On a separate management port Boot registers the filter
     * there again, for every path of that port; this post-processor lives in the main context only.)
     */
    @Bean
    @ConditionalOnProperty(name = "platform.operator.actuator-only", havingValue = "true", matchIfMissing = true)
    static BeanPostProcessor actuatorOnlySecurityFilter(Environment environment) {
        String base = environment.getProperty("management.endpoints.web.base-path", "/actuator");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(List.of(base, base + "/*"));
                }
                return bean;
            }
        };
    }
}
