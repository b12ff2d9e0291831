package id.newsroom.media.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** The JWT resource server of the {@code docker} profile: which tokens are accepted and what roles they carry. */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    private static final Logger log = LoggerFactory.getLogger(JwtConfig.class);

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties props) {
        SecurityProperties.Jwt jwt = props.jwt();
        if (notBlank(jwt.jwkSetUri())) {
            // Keys from the JWK set (inside the network, e.g. http://keycloak:8080/...), while the issuer checked is
            // the public one the tokens carry (e.g. http://localhost:8180/realms/newsroom): the two may differ.
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            decoder.setJwtValidator(validator(jwt));
            return decoder;
        }
        if (notBlank(jwt.issuerUri())) {
            // Resolved on first use, so the service starts (and reports health) before the issuer answers.
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
                decoder.setJwtValidator(validator(jwt));
                return decoder;
            });
        }
        if (props.mode() == SecurityProperties.Mode.JWT) {
            log.warn(
                    "media.security.mode=jwt but neither issuer-uri nor jwk-set-uri is set: every token is rejected");
        }
        return token -> {
            throw new BadJwtException("No JWT issuer is configured");
        };
    }

    /** Lifetime always; the issuer and the audience whenever they are configured. */
    static OAuth2TokenValidator<Jwt> validator(SecurityProperties.Jwt jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(notBlank(jwt.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri())
                : JwtValidators.createDefault());
        if (notBlank(jwt.audience())) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.contains(jwt.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    static JwtAuthenticationConverter jwtConverter(SecurityProperties props) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, props.jwt().rolesClaim()));
        converter.setPrincipalClaimName(props.jwt().principalClaim());
        return converter;
    }

    static Collection<GrantedAuthority> roles(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> names.add(String.valueOf(v)));
        } else if (value instanceof String s) {
            names.addAll(List.of(s.split("[\\s,]+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String n : names) {
            String role = n.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            if (role.equals(Role.EDITOR.name()) || role.equals(Role.WRITER.name())
                    || role.equals(Role.OPERATOR.name())) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return authorities;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
