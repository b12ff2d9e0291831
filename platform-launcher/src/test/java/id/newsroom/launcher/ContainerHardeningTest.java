package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Containers hold no secrets of their own: in the docker profile and in docker-compose.yml every password, secret or
 * token comes from the environment with no default; and every image's runtime stage runs as a non-root user.
 */
class ContainerHardeningTest {

    static final Path ROOT = ComposeFileTest.ROOT;
    static final List<String> SERVICES = List.of("article-service", "feed-service", "search-service", "web-frontend");
    static final String SECRET_NAME = "[A-Za-z0-9_.-]*(?i:password|secret|token|private[_-]?key|credential)[A-Za-z0-9_.-]*";
    /** A placeholder of a secret-named variable with a default: ${X_PASSWORD:admin} (Spring), ${X_PASSWORD:-admin}. */
    static final Pattern DEFAULTED_SECRET = Pattern.compile("\\$\\{(" + SECRET_NAME + ")(:-?|-)([^}?][^}]*)}");
    /** A secret-named key with a literal value: password: admin, client-secret=abc. */
    static final Pattern LITERAL_SECRET = Pattern
            .compile("^\\s*-?\\s*(" + SECRET_NAME + ")\\s*[:=]\\s*+(?![\"']?\\$\\{)"
                    + "(?![\"']?\\s*$)(?!\\[]|\\{})(.+)$", Pattern.MULTILINE);

    @Test
    void theDockerProfileReadsSecretsFromTheEnvironmentOnly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            Path resources = ROOT.resolve(service).resolve("src/main/resources");
            Path dockerYml = resources.resolve("application-docker.yml");
            if (Files.exists(dockerYml)) {
                problems.addAll(secretsIn(service + "/application-docker.yml", Files.readString(dockerYml)));
            }
            for (String document : Files.readString(resources.resolve("application.yml")).split("(?m)^---\\s*$")) {
                if (document.matches("(?s).*on-profile:\\s*docker.*")) {
                    problems.addAll(secretsIn(service + "/application.yml (docker)", document));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void composeGivesNoDefaultSecrets() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml")).replaceAll("(?m)#.*$", "");
        assertThat(secretsIn("docker-compose.yml", compose)).isEmpty();
        assertThat(compose).as("the secrets are there, as required variables").contains(
                "KC_BOOTSTRAP_ADMIN_PASSWORD: ${KEYCLOAK_ADMIN_PASSWORD:?",
                "GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?");
    }

    @Test
    void theCheckCatchesDefaultsAndLiterals() {
        assertThat(secretsIn("sample", "a:\n  password: ${DB_PASSWORD:admin}\n")).hasSize(1);
        assertThat(secretsIn("sample", "X: ${GRAFANA_ADMIN_PASSWORD:-admin}\n")).hasSize(1);
        assertThat(secretsIn("sample", "  client-secret: abc123\n")).hasSize(1);
        assertThat(secretsIn("sample", "  password: ${DB_PASSWORD}\n  token: ${T:?required}\n  users: []\n"))
                .isEmpty();
    }

    @Test
    void everyRuntimeStageRunsAsANonRootUser() throws IOException {
        for (String service : SERVICES) {
            List<String> lines = Files.readAllLines(ROOT.resolve(service).resolve("Dockerfile"));
            int lastFrom = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().toUpperCase().startsWith("FROM ")) {
                    lastFrom = i;
                }
            }
            assertThat(lastFrom).as(service + " has a FROM").isNotNegative();
            String user = null;
            for (String line : lines.subList(lastFrom, lines.size())) {
                Matcher m = Pattern.compile("^\\s*USER\\s+(\\S+)").matcher(line);
                if (m.find()) {
                    user = m.group(1);
                }
            }
            assertThat(user).as(service + ": the runtime stage's USER").isNotNull()
                    .doesNotMatch("(root|0)(:.*)?");
        }
    }

    static List<String> secretsIn(String where, String text) {
        List<String> problems = new ArrayList<>();
        Matcher defaulted = DEFAULTED_SECRET.matcher(text);
        while (defaulted.find()) {
            problems.add(where + ": " + defaulted.group() + " has a default");
        }
        Matcher literal = LITERAL_SECRET.matcher(text);
        while (literal.find()) {
            problems.add(where + ": " + literal.group().trim() + " is a literal secret");
        }
        return problems;
    }
}
