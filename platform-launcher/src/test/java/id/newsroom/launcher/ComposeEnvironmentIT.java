package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.Ports;
import id.newsroom.infra.TestInfrastructure;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment compose gives each of our services is the one it reads: every service compose builds is started
 * from its jar with exactly the image's and compose's environment (and nothing of ours), only host names rewritten
 * to the test's Kafka, MongoDB, identity provider, S3 store and the other services' random ports and volume paths to a
 * temporary folder; it must report ready on its compose health check path and answer its main path (label
 * {@code id.newsroom.main-path}, default {@code /}) with 200. Generic over docker-compose.yml; a service whose jar is
 * not built is reported as skipped with the reason.
 */
class ComposeEnvironmentIT {

    private static final Path ROOT = ComposeFileTest.ROOT;
    private static final ComposeFile COMPOSE = ComposeFileTest.COMPOSE;
    private static final Pattern LOCAL_URL = Pattern.compile("http://localhost:(\\d+)(/\\S*)");

    @TempDir
    static Path dataDir;

    static TestIdentityProvider identity;
    static S3ProxyServer objectStore;
    /** Compose host name (service or network alias) -> host:port standing in for it in this test. */
    static final Map<String, String> standIns = new LinkedHashMap<>();
    /** Compose host:management port (e.g. feed-service:9082) -> the stand-in's 127.0.0.1:port. */
    static final Map<String, String> managementStandIns = new LinkedHashMap<>();
    static final List<ServiceProcess> started = new ArrayList<>();

    @BeforeAll
    static void standInForTheInfrastructure() {
        TestInfrastructure infra = TestInfrastructure.get();
        identity = new TestIdentityProvider();
        String mongo = URI.create(infra.mongoUri()).getAuthority();
        standIns.putAll(Map.of("kafka", infra.kafkaBootstrapServers(), "mongo", mongo, "mongodb", mongo,
                "keycloak", identity.authority()));
        if (COMPOSE.services().containsKey("minio")) {
            // The photos' store, signing with the credentials compose gives MinIO (and media-service).
            Map<String, String> minio = COMPOSE.services().get("minio").environment();
            objectStore = S3ProxyServer.start(dataDir.resolve("s3proxy"), minio.get("MINIO_ROOT_USER"),
                    minio.get("MINIO_ROOT_PASSWORD"));
            standIns.put("minio", objectStore.authority());
        }
        // Every built service's port is chosen up front: a service may name one that starts after it (article-service's
        // drift audit names the read models), as compose's network would resolve it.
        for (ComposeFile.Service service : COMPOSE.builtServices()) {
            standIns.put(service.name(), "127.0.0.1:" + Ports.free());
            String management = service.environment().get("MANAGEMENT_SERVER_PORT");
            if (management != null) {
                managementStandIns.put(service.name() + ":" + management, "127.0.0.1:" + Ports.free());
            }
        }
        // What kafka-init does in compose: the dead-letter topics of the consumers.
        for (ComposeFile.Service service : COMPOSE.builtServices()) {
            EmbeddedKafkaBroker.createTopic(infra.kafkaBootstrapServers(),
                    TestInfrastructure.ARTICLES_TOPIC + ".dlq." + service.name(), 3, Map.of());
        }
    }

    @AfterAll
    static void stopAll() {
        started.forEach(s -> s.stop(Duration.ofSeconds(20)));
        if (identity != null) {
            identity.close();
        }
        if (objectStore != null) {
            objectStore.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyServiceStartsWithComposesEnvironmentAndServesItsMainPath() {
        return inDependencyOrder().stream().map(service -> DynamicTest.dynamicTest(service.name(), () -> run(service)));
    }

    private static void run(ComposeFile.Service service) throws Exception {
        String module = service.dockerfile(ROOT).getParent().getFileName().toString();
        Path jar = new PlatformConfig(ROOT, dataDir, 0, null, 0, null, 0, 0, 0, 0, 0).jar(module);
        Assumptions.assumeTrue(Files.isRegularFile(jar), () -> "NOT CHECKED: " + service.name()
                + " is in docker-compose.yml but its jar " + jar + " is not built");

        Matcher health = LOCAL_URL.matcher(service.healthcheckCommand());
        assertThat(health.find()).as("health check of " + service.name() + " calls http://localhost:<port>/...")
                .isTrue();
        int port = Integer.parseInt(standIns.get(service.name()).substring("127.0.0.1:".length()));
        String management = managementStandIns.get(service.name() + ":" + health.group(1));
        // The health check calls the management port when the service has one (the actuator is not on the public one).
        int healthPort = management == null ? port : Integer.parseInt(management.substring("127.0.0.1:".length()));

        Map<String, String> environment = new LinkedHashMap<>(
                ServiceSettings.dockerfileEnvironment(service.dockerfile(ROOT)));
        environment.putAll(service.environment());
        environment.replaceAll((name, value) -> rewrite(service, value));
        if (management != null) {
            environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(healthPort));
        }
        ServiceProcess process = ServiceProcess.start(service.name(), jar, port, List.of(), environment,
                dataDir.resolve("logs").resolve(service.name() + ".log"));
        started.add(process);

        String base = "http://127.0.0.1:" + port;
        String actuator = "http://127.0.0.1:" + healthPort;
        try {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                    .ignoreException(UncheckedIOException.class) // not listening yet
                    .failFast(() -> !process.isAlive())
                    .untilAsserted(() -> assertThat(Http.get(actuator + health.group(2)).status()).isEqualTo(200));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(service.name() + " did not become ready with compose's environment "
                    + environment + ". Last lines of its log:\n" + process.logTail(60), e);
        }
        String profile = environment.getOrDefault("SPRING_PROFILES_ACTIVE", "default");
        assertThat(Files.readString(process.logFile())).as("profiles of " + service.name())
                .containsPattern("profiles? (is|are) active: .*" + Pattern.quote(profile));

        String mainPath = service.labels().getOrDefault("id.newsroom.main-path", "/");
        Http.Response main = Http.get(base + mainPath, authorization(environment));
        assertThat(main.status()).as(service.name() + " " + mainPath + ": " + main.body()).isEqualTo(200);
        if (management != null) {
            assertOperatorsActuator(service, environment, base, actuator);
        }
    }

    /**
     * With compose's environment: the actuator only on the management port, Prometheus' scrape anonymous there, the
     * operators' endpoints (here the links and metrics, in every service) refused without a token and for a WRITER,
     * served for an OPERATOR token as the realm issues it.
     */
    private static void assertOperatorsActuator(ComposeFile.Service service, Map<String, String> environment,
            String base, String actuator) {
        assertThat(Http.get(base + "/actuator/health").status()).as(service.name() + " public port: no actuator")
                .isEqualTo(404);
        assertThat(Http.get(actuator + "/actuator/prometheus").status()).as(service.name() + " scrape").isEqualTo(200);
        for (String path : List.of("/actuator", "/actuator/metrics")) {
            assertThat(Http.get(actuator + path).status()).as(service.name() + " anonymous " + path).isEqualTo(401);
            assertThat(Http.get(actuator + path, bearer(environment, "writer", "WRITER")).status())
                    .as(service.name() + " writer " + path).isEqualTo(403);
            assertThat(Http.get(actuator + path, bearer(environment, "operator", "OPERATOR")).status())
                    .as(service.name() + " operator " + path).isEqualTo(200);
        }
    }

    private static String[] bearer(Map<String, String> environment, String user, String role) {
        String token = identity.token(environment.get("JWT_ISSUER_URI"), environment.get("JWT_AUDIENCE"),
                environment.getOrDefault("JWT_ROLES_CLAIM", "roles"), user, List.of(role));
        return new String[]{"Authorization", "Bearer " + token};
    }

    /** A bearer token as the realm issues it, when the service takes tokens (its settings say whose). */
    private static String[] authorization(Map<String, String> environment) {
        String issuer = environment.get("JWT_ISSUER_URI");
        if (issuer == null || issuer.isBlank()) {
            return new String[0];
        }
        String token = identity.token(issuer, environment.get("JWT_AUDIENCE"),
                environment.getOrDefault("JWT_ROLES_CLAIM", "roles"), "editor", List.of("EDITOR"));
        return new String[]{"Authorization", "Bearer " + token};
    }

    /** compose host:port -> the stand-in's host:port; a volume's container path -> a temporary folder. */
    private static String rewrite(ComposeFile.Service service, String value) {
        String result = value;
        for (Map.Entry<String, String> m : managementStandIns.entrySet()) {
            result = result.replaceAll("(?<![\\w.-])" + Pattern.quote(m.getKey()) + "(?!\\d)",
                    Matcher.quoteReplacement(m.getValue()));
        }
        Set<String> hosts = new LinkedHashSet<>(COMPOSE.services().keySet());
        hosts.addAll(standIns.keySet()); // network aliases such as mongodb
        for (String host : hosts) {
            Matcher m = Pattern.compile("(?<![\\w.-])" + Pattern.quote(host) + ":\\d+").matcher(result);
            if (m.find()) {
                String standIn = standIns.get(host);
                assertThat(standIn).as(service.name() + " is given " + value + ": no stand-in for " + host
                        + " (start it earlier or add one)").isNotNull();
                result = m.replaceAll(Matcher.quoteReplacement(standIn));
            }
        }
        for (String target : service.volumeTargets()) {
            if (result.startsWith(target)) {
                result = dataDir.resolve(service.name()).resolve(target.substring(1))
                        + result.substring(target.length());
            }
        }
        return result;
    }

    /** Built services, each after the built services it depends on. */
    private static List<ComposeFile.Service> inDependencyOrder() {
        Set<String> ordered = new LinkedHashSet<>();
        List<ComposeFile.Service> built = COMPOSE.builtServices();
        while (ordered.size() < built.size()) {
            int before = ordered.size();
            for (ComposeFile.Service service : built) {
                boolean ready = service.dependsOn().keySet().stream()
                        .allMatch(d -> ordered.contains(d) || !COMPOSE.services().get(d).isBuilt());
                if (ready) {
                    ordered.add(service.name());
                }
            }
            assertThat(ordered.size()).as("a dependency cycle among " + built).isGreaterThan(before);
        }
        return ordered.stream().map(COMPOSE.services()::get).toList();
    }
}
