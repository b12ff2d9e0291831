package id.newsroom.defaults.operator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Operators' tokens for services without a JWT decoder of their own: which are accepted, what roles they carry. */
final class OperatorJwt {

    private OperatorJwt() {}

    static JwtDecoder decoder(OperatorProperties.Jwt jwt) {
        if (notBlank(jwt.jwkSetUri())) {
            // Keys from inside the network, the issuer checked is the public one the tokens carry: the two may differ.
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            decoder.setJwtValidator(validator(jwt));
            return decoder;
        }
        if (notBlank(jwt.issuerUri())) {
            // Resolved on first use: the service starts and reports health before the issuer answers.
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
                decoder.setJwtValidator(validator(jwt));
                return decoder;
            });
        }
        return token -> {
            throw new BadJwtException("No JWT issuer is configured (platform.operator.jwt)");
        };
    }

    private static OAuth2TokenValidator<Jwt> validator(OperatorProperties.Jwt jwt) {
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

    /** Roles from the configured claim as ROLE_*, the principal from the configured claim or {@code sub}. */
    static Converter<Jwt, AbstractAuthenticationToken> converter(OperatorProperties.Jwt settings) {
        return jwt -> {
            String name = jwt.getClaimAsString(settings.principalClaim());
            return new JwtAuthenticationToken(jwt, roles(jwt, settings.rolesClaim()),
                    name == null ? jwt.getSubject() : name);
        };
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
            if (!n.isBlank()) {
                authorities.add(new SimpleGrantedAuthority(
                        "ROLE_" + n.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "")));
            }
        }
        return authorities;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
