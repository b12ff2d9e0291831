package id.newsroom.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as the tests read it: services, their environment with compose's variable defaults applied
 * (as {@code docker compose} does with nothing set in the shell or .env), health checks and dependencies.
 */
record ComposeFile(Path file, Map<String, Service> services) {

    private static final Pattern VARIABLE = Pattern
            .compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    static ComposeFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            Map<String, Service> services = new LinkedHashMap<>();
            map(root.get("services"))
                    .forEach((name, definition) -> services.put(name, new Service(name, map(definition))));
            return new ComposeFile(file, services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services compose builds from this repository (ours), as opposed to images pulled as they are. */
    List<Service> builtServices() {
        return services.values().stream().filter(Service::isBuilt).toList();
    }

    record Service(String name, Map<String, Object> definition) {

        String image() {
            return (String) definition.get("image");
        }

        boolean isBuilt() {
            return definition.containsKey("build");
        }

        /** A one-shot container (topic creation): it exits, so it has no health check but a completion condition. */
        boolean isOneShot() {
            return "no".equals(String.valueOf(definition.get("restart")));
        }

        Map<String, Object> healthcheck() {
            return map(definition.get("healthcheck"));
        }

        /** The health check's command as one string (CMD, CMD-SHELL or a plain string). */
        String healthcheckCommand() {
            Object test = healthcheck().get("test");
            if (test instanceof List<?> parts) {
                return String.join(" ", parts.stream().skip(1).map(String::valueOf).toList());
            }
            return test == null ? "" : test.toString();
        }

        /** depends_on as service name to condition; the short (list) form has no condition, so null. */
        Map<String, String> dependsOn() {
            Object value = definition.get("depends_on");
            Map<String, String> conditions = new LinkedHashMap<>();
            if (value instanceof List<?> names) {
                names.forEach(n -> conditions.put(String.valueOf(n), null));
            } else {
                map(value).forEach((n, v) -> conditions.put(n, (String) map(v).get("condition")));
            }
            return conditions;
        }

        /** The environment compose gives the container, variables resolved to their defaults. */
        Map<String, String> environment() {
            Object value = definition.get("environment");
            Map<String, String> environment = new LinkedHashMap<>();
            if (value instanceof List<?> entries) {
                for (Object entry : entries) {
                    String[] pair = String.valueOf(entry).split("=", 2);
                    environment.put(pair[0], pair.length > 1 ? interpolate(pair[1]) : "");
                }
            } else {
                map(value).forEach((k, v) -> environment.put(k, v == null ? "" : interpolate(String.valueOf(v))));
            }
            return environment;
        }

        Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            map(definition.get("labels")).forEach((k, v) -> labels.put(k, String.valueOf(v)));
            return labels;
        }

        /** Container paths where volumes are mounted ("named:/data" or "./host:/container:ro"). */
        List<String> volumeTargets() {
            List<String> targets = new ArrayList<>();
            if (definition.get("volumes") instanceof List<?> volumes) {
                for (Object volume : volumes) {
                    String[] parts = String.valueOf(volume).split(":");
                    if (parts.length >= 2) {
                        targets.add(parts[1]);
                    }
                }
            }
            return targets;
        }

        /** The Dockerfile compose builds this service from, relative to the build context. */
        Path dockerfile(Path composeDir) {
            Map<String, Object> build = map(definition.get("build"));
            Path context = composeDir.resolve(String.valueOf(build.getOrDefault("context", ".")));
            return context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
        }
    }

    /**
     * Compose's interpolation with nothing set but the required variables: ${X:-default} and ${X-default} give the
     * default, ${X} empty, and ${X:?message} (a required variable, a secret the operator's .env must give) a stand-in
     * value {@code required-X}, as such an .env would.
     */
    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group().equals("$$")
                    ? "$"
                    : m.group(3) != null && m.group(2).endsWith("?")
                            ? "required-" + m.group(1)
                            : m.group(3) == null ? "" : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
