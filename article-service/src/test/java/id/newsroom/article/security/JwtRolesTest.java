package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** In the docker profile the roles come from a JWT claim; only the two newsroom roles are recognised. */
class JwtRolesTest {

    private static Jwt jwt(Object roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u1").claim("roles", roles)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void rolesFromAListOrAString() {
        assertThat(JwtConfig.roles(jwt(List.of("editor", "admin")), "roles"))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EDITOR");
        assertThat(JwtConfig.roles(jwt("ROLE_WRITER other"), "roles")).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_WRITER");
        assertThat(JwtConfig.roles(jwt(List.of()), "roles")).isEmpty();
    }

    @Test
    void withoutAnIssuerEveryTokenIsRejected() {
        SecurityProperties props = new SecurityProperties(SecurityProperties.Mode.JWT, List.of(),
                new SecurityProperties.Jwt(null, null, "roles", "name", "sub", null));
        var decoder = new JwtConfig().jwtDecoder(props);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode("abc"))
                .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
    }
}
