package id.newsroom.defaults.operator;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may run the operators' actuator actions (everything but health, info and prometheus), under
 * {@code platform.operator}.
 *
 * @param mode         {@code basic} (the users below, or the service's own user store) or {@code jwt} (tokens)
 * @param role         the role every protected actuator endpoint requires
 * @param users        HTTP Basic users, used only where the service has no user store of its own (bcrypt hashes)
 * @param jwt          the identity provider's tokens, used only where the service has no JWT decoder of its own
 * @param auditedReads endpoints whose reads are audited too (they reveal data beyond health and metrics); every
 *                     write of every endpoint is audited
 * @param actuatorOnly register Spring Security's filter for the actuator's paths only: services whose public API
 *                     has no security (feed, search, web) keep their reader paths free of any security filter
 */
@ConfigurationProperties("platform.operator")
public record OperatorProperties(
        @DefaultValue("basic") Mode mode,
        @DefaultValue("OPERATOR") String role,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt,
        @DefaultValue({
                "deadletters", "readmodel", "drift"}) List<String> auditedReads,
        @DefaultValue("true") boolean actuatorOnly) {

    public enum Mode {
        BASIC, JWT
    }

    /** An operator who logs in with a password; {@code roles} as in Spring Security, e.g. [OPERATOR]. */
    public record User(String username, String passwordHash, @DefaultValue List<String> roles) {}

    /**
     * Tokens from the identity provider (Keycloak's realm newsroom in compose and k8s).
     *
     * @param rolesClaim     claim with the roles (a list or a space separated string)
     * @param principalClaim claim naming the operator in the audit line ({@code sub} when the token lacks it)
     * @param audience       when set, a token must name it in {@code aud}
     */
    public record Jwt(
            String issuerUri,
            String jwkSetUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String principalClaim,
            String audience) {}
}
