package id.newsroom.article.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who may log in: configured users (HTTP Basic, local) or JWTs from an identity provider (docker profile). */
@ConfigurationProperties("article.security")
public class SecurityProperties {

    /** {@code basic} (users below) or {@code jwt} (OAuth2 resource server). */
    private Mode mode = Mode.BASIC;
    private List<User> users = new ArrayList<>();
    private final Jwt jwt = new Jwt();

    public enum Mode { BASIC, JWT }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    public Jwt getJwt() {
        return jwt;
    }

    public static class User {
        private String username;
        /** bcrypt hash, never a clear password. */
        private String passwordHash;
        private Role role;
        /** Display name used as the article author's name. */
        private String name;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public void setPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Jwt {
        private String issuerUri;
        private String jwkSetUri;
        /** Claim with the roles (a list or a space separated string), e.g. ["EDITOR"]. */
        private String rolesClaim = "roles";
        private String nameClaim = "name";
        /** Claim naming the author (the article's author id), e.g. Keycloak's preferred_username. */
        private String principalClaim = "sub";
        /** When set, a token must name this audience in {@code aud} (a token for another API is refused). */
        private String audience;

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }

        public String getNameClaim() {
            return nameClaim;
        }

        public void setNameClaim(String nameClaim) {
            this.nameClaim = nameClaim;
        }

        public String getPrincipalClaim() {
            return principalClaim;
        }

        public void setPrincipalClaim(String principalClaim) {
            this.principalClaim = principalClaim;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }
    }
}
