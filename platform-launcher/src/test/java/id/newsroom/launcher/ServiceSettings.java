package id.newsroom.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The environment variables a service module reads: the {@code ${NAME}} placeholders of its configuration files, the
 * property keys they define and the keys of its own {@code @ConfigurationProperties} (whose defaults live in Java, so
 * they are taken from the configuration processor's metadata; Spring binds all of them from {@code SERVER_PORT}-style
 * names), and the few names every Spring Boot application or JVM reads. Used to check that compose and Kubernetes set only names a service reads.
 */
record ServiceSettings(String module, Set<String> placeholders, Set<String> relaxedKeys) {

    /** Read by every Spring Boot application (or its JVM) whatever its own configuration says. */
    static final Set<String> ALWAYS_READ = Set.of("SPRING_PROFILES_ACTIVE", "SERVER_PORT", "JAVA_TOOL_OPTIONS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    static ServiceSettings of(Path moduleDir) {
        Path resources = moduleDir.resolve("src/main/resources");
        Set<String> placeholders = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                String text = Files.readString(file);
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    placeholders.add(m.group(1));
                }
                for (Object document : new Yaml().loadAll(text)) {
                    flatten("", document, keys);
                }
            }
            // platform-defaults' shared settings, which every service has on its classpath (e.g. JWT_ISSUER_URI).
            Path shared = moduleDir.resolveSibling("platform-defaults")
                    .resolve("src/main/resources/platform-defaults.properties");
            if (Files.exists(shared)) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(shared));
                while (m.find()) {
                    placeholders.add(m.group(1));
                }
            }
            Path metadata = moduleDir.resolve("target/classes/META-INF/spring-configuration-metadata.json");
            if (Files.exists(metadata)) {
                JsonMapper.builder().build().readTree(metadata.toFile()).path("properties")
                        .forEach(property -> keys.add(toEnvironmentName(property.path("name").asString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the configuration of " + moduleDir, e);
        }
        return new ServiceSettings(moduleDir.getFileName().toString(), placeholders, keys);
    }

    boolean reads(String environmentName) {
        return ALWAYS_READ.contains(environmentName) || placeholders.contains(environmentName)
                || relaxedKeys.contains(environmentName);
    }

    /** The ENV instructions of a Dockerfile's last stage: what the image itself puts in the environment. */
    static Map<String, String> dockerfileEnvironment(Path dockerfile) {
        try {
            String text = Files.readString(dockerfile).replace("\\\n", " ");
            Map<String, String> environment = new LinkedHashMap<>();
            for (String line : text.lines().toList()) {
                String trimmed = line.trim();
                if (trimmed.regionMatches(true, 0, "FROM ", 0, 5)) {
                    environment.clear();
                } else if (trimmed.regionMatches(true, 0, "ENV ", 0, 4)) {
                    for (String pair : trimmed.substring(4).trim().split("\\s+")) {
                        String[] kv = pair.split("=", 2);
                        environment.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                }
            }
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** property keys in the environment-variable form Spring binds (server.port -> SERVER_PORT). */
    private static void flatten(String prefix, Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, keys));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), keys);
            }
            keys.add(toEnvironmentName(prefix));
        } else if (!prefix.isEmpty()) {
            keys.add(toEnvironmentName(prefix));
        }
    }

    static String toEnvironmentName(String key) {
        return key.replace("-", "").replace("[", ".").replace("]", "").replace(".", "_").toUpperCase(Locale.ROOT);
    }
}
