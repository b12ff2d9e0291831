package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml without Docker: every container reports its health and waits for what it needs, every image is
 * pinned, every variable a service is given is one it reads, and Keycloak's realm issues the tokens article-service
 * is configured to accept. Generic over the services in the file.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final ComposeFile COMPOSE = ComposeFile.read(ROOT.resolve("docker-compose.yml"));
    static final String COMPOSE_TEXT = read(ROOT.resolve("docker-compose.yml"));
    private static final Set<String> CONDITIONS = Set.of("service_healthy", "service_completed_successfully",
            "service_started");

    @Test
    void everyLongRunningContainerHasAHealthCheck() {
        assertThat(COMPOSE.services().values()).filteredOn(s -> !s.isOneShot())
                .allSatisfy(s -> assertThat(s.healthcheckCommand()).as("health check of " + s.name()).isNotBlank());
    }

    @Test
    void everyDependencyWaitsForAConditionTheTargetCanMeet() {
        List<String> problems = new ArrayList<>();
        COMPOSE.services().values().forEach(service -> service.dependsOn().forEach((target, condition) -> {
            ComposeFile.Service dependency = COMPOSE.services().get(target);
            String edge = service.name() + " -> " + target;
            if (dependency == null) {
                problems.add(edge + ": no such service");
            } else if (condition == null || !CONDITIONS.contains(condition)) {
                problems.add(edge + ": condition " + condition + " (use the long form with service_healthy)");
            } else if (condition.equals("service_healthy") && dependency.healthcheckCommand().isBlank()) {
                problems.add(edge + ": waits for health that " + target + " never reports");
            } else if (dependency.isOneShot() != condition.equals("service_completed_successfully")) {
                problems.add(edge + ": one-shot containers are waited for with service_completed_successfully only");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(COMPOSE.builtServices()).as("our services wait for their infrastructure")
                .allSatisfy(s -> assertThat(s.dependsOn()).isNotEmpty());
    }

    @Test
    void everyImageHasAPinnedVersionTag() {
        assertThat(COMPOSE.services().values()).allSatisfy(s -> {
            String image = s.image();
            assertThat(image).as(s.name() + " has an image").isNotBlank();
            String tag = image.substring(image.lastIndexOf('/') + 1).contains(":")
                    ? image.substring(image.lastIndexOf(':') + 1)
                    : "";
            // x.y.z, or MinIO's way of pinning: a release named by its build time.
            assertThat(tag).as("tag of " + image)
                    .matches("v?\\d+\\.\\d+\\.\\d+([.-].+)?|RELEASE\\.\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z");
        });
    }

    @Test
    void everyVariableAServiceIsGivenIsOneItReads() {
        assertThat(COMPOSE.builtServices()).isNotEmpty();
        for (ComposeFile.Service service : COMPOSE.builtServices()) {
            Path dockerfile = service.dockerfile(ROOT);
            assertThat(dockerfile).as("Dockerfile of " + service.name()).isRegularFile();
            ServiceSettings settings = ServiceSettings.of(dockerfile.getParent());
            assertThat(settings.placeholders()).as(service.name() + " reads variables").isNotEmpty();
            List<String> given = new ArrayList<>(ServiceSettings.dockerfileEnvironment(dockerfile).keySet());
            given.addAll(service.environment().keySet());
            assertThat(given).as("variables compose and the image give " + service.name()
                    + " that its configuration never reads").allMatch(settings::reads);
        }
    }

    /**
     * The actuator (operators' actions, metrics) on a management port that compose does not publish; the health check
     * and Prometheus reach it inside the network; its operators' actions take the realm's tokens.
     */
    @Test
    void theActuatorIsOnAnUnpublishedManagementPortThatHealthChecksAndPrometheusUse() throws IOException {
        String prometheus = Files.readString(ROOT.resolve("ops/prometheus/prometheus.yml"));
        for (ComposeFile.Service service : COMPOSE.builtServices()) {
            String management = service.environment().get("MANAGEMENT_SERVER_PORT");
            assertThat(management).as(service.name() + " sets MANAGEMENT_SERVER_PORT").isNotBlank();
            assertThat(service.healthcheckCommand()).as("health check of " + service.name())
                    .contains("http://localhost:" + management + "/actuator/health/");
            assertThat(String.valueOf(service.definition().get("ports"))).as("ports " + service.name() + " publishes")
                    .doesNotContain(management);
            assertThat(prometheus).as("Prometheus scrapes " + service.name() + " on its management port")
                    .contains("\"" + service.name() + ":" + management + "\"");
            assertThat(service.environment()).as(service.name() + " takes the realm's tokens")
                    .containsKeys("JWT_ISSUER_URI", "JWT_JWK_SET_URI");
        }
        Map<String, String> article = COMPOSE.services().get("article-service").environment();
        for (String readModel : List.of("feed-service", "search-service")) {
            assertThat(article).as("the drift audit reads " + readModel + "'s management port")
                    .containsValue("http://" + readModel + ":"
                            + COMPOSE.services().get(readModel).environment().get("MANAGEMENT_SERVER_PORT"));
        }
    }

    @Test
    void keycloakRealmIssuesTheTokensArticleServiceAccepts() throws IOException {
        ComposeFile.Service keycloak = COMPOSE.services().get("keycloak");
        Map<String, String> article = COMPOSE.services().get("article-service").environment();
        assertThat(String.valueOf(keycloak.definition().get("command"))).contains("--import-realm");
        assertThat(keycloak.volumeTargets()).contains("/opt/keycloak/data/import");
        JsonNode realm = JsonMapper.builder().build().readTree(
                Files.readString(ROOT.resolve("deploy/keycloak/newsroom-realm.json")));

        String realmName = realm.path("realm").asString();
        assertThat(realmName).isEqualTo("newsroom");
        assertThat(article.get("JWT_ISSUER_URI"))
                .isEqualTo(keycloak.environment().get("KC_HOSTNAME") + "/realms/" + realmName);
        URI jwks = URI.create(article.get("JWT_JWK_SET_URI"));
        assertThat(jwks.getHost()).isEqualTo("keycloak");
        assertThat(jwks.getPath()).isEqualTo("/realms/" + realmName + "/protocol/openid-connect/certs");
        assertThat(String.valueOf(keycloak.definition().get("command"))).contains("--http-port=" + jwks.getPort());

        List<JsonNode> mappers = realm.path("clients").valueStream()
                .flatMap(c -> c.path("protocolMappers").valueStream()).toList();
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(m.path("config").path("claim.name").asString()).isEqualTo(article.get("JWT_ROLES_CLAIM"));
            assertThat(m.path("config").path("access.token.claim").asString()).isEqualTo("true");
        });
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-audience-mapper");
            assertThat(m.path("config").path("included.custom.audience").asString())
                    .isEqualTo(article.get("JWT_AUDIENCE"));
        });
        assertThat(realm.path("roles").path("realm").valueStream().map(r -> r.path("name").asString()))
                .contains("WRITER", "EDITOR", "OPERATOR");
        Map<String, String> roleOf = Map.of("editor", "EDITOR", "writer", "WRITER", "operator", "OPERATOR");
        roleOf.forEach((user, role) -> assertThat(realm.path("users").valueStream()
                .filter(u -> u.path("username").asString().equals(user))).singleElement().satisfies(u -> {
                    assertThat(u.path("realmRoles").valueStream().map(JsonNode::asString)).contains(role);
                    String password = u.path("credentials").get(0).path("value").asString();
                    String variable = password.replaceAll("^\\$\\{([A-Z_]+)}$", "$1");
                    assertThat(keycloak.environment())
                            .as("the variable behind " + user + "'s password reaches Keycloak")
                            .containsKey(variable);
                    assertThat(COMPOSE_TEXT).as(variable + " is required, with no default password")
                            .contains(variable + ": ${" + variable + ":?");
                }));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
