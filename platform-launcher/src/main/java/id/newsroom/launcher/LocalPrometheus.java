package id.newsroom.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import id.newsroom.infra.Ports;

/**
 * Prometheus beside the local run, when the machine has it (Debian package {@code prometheus}): it scrapes the services
 * with the project's own configuration and alert rules ({@code ops/prometheus/prometheus-local.yml}, its targets moved
 * to the ports this platform runs on) and serves the on-call dashboard ({@link OnCallDashboard}) as console templates.
 */
final class LocalPrometheus {

    static final int PORT = 9090;
    static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(15);

    /** The targets of prometheus-local.yml, by the port each has there. */
    private static final Map<String, String> DEFAULT_TARGETS = Map.of("article-service", "127.0.0.1:8081",
            "feed-service", "127.0.0.1:8082", "search-service", "127.0.0.1:8083", "media-service", "127.0.0.1:8084",
            "web-frontend", "127.0.0.1:8080", "editor-desk", "127.0.0.1:8085", "prometheus", "127.0.0.1:" + PORT);

    private final Process process;
    private final int port;

    private LocalPrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Starts Prometheus on 9090 for the usual local run, if installed and the port is free. */
    static Optional<LocalPrometheus> startIfInstalled(Path repositoryRoot, Path dataDir, Platform platform) {
        return startIfInstalled(repositoryRoot, dataDir, platform, PORT, SCRAPE_INTERVAL);
    }

    /** Starts Prometheus if it is installed and its port is free; otherwise says why not and returns empty. */
    static Optional<LocalPrometheus> startIfInstalled(Path repositoryRoot, Path dataDir, Platform platform, int port,
            Duration scrapeInterval) {
        Optional<Path> binary = onPath("prometheus");
        if (binary.isEmpty()) {
            System.out.println(
                    "Prometheus is not installed (apt-get install prometheus): metrics stay at /actuator/prometheus.");
            return Optional.empty();
        }
        if (Ports.inUse(port)) {
            System.out.println("Port " + port + " is in use: not starting Prometheus.");
            return Optional.empty();
        }
        try {
            Path home = Files.createDirectories(dataDir.resolve("prometheus-console"));
            Path config = home.resolve("prometheus.yml");
            Files.writeString(config, configuration(repositoryRoot, targets(platform, port), scrapeInterval));
            OnCallDashboard.Folders dashboard = OnCallDashboard.write(repositoryRoot, home, scrapeInterval);
            Path log = dataDir.resolve("logs").resolve("prometheus.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(binary.get().toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dataDir.resolve("prometheus"),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--web.console.templates=" + dashboard.consoles(),
                    "--web.console.libraries=" + dashboard.libraries()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return Optional.of(new LocalPrometheus(process, port));
        } catch (IOException | UncheckedIOException e) {
            System.out.println("Prometheus did not start: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, String> targets(Platform platform, int port) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("article-service", platform.articleServiceUrl());
        targets.put("feed-service", platform.feedServiceUrl());
        targets.put("search-service", platform.searchServiceUrl());
        targets.put("media-service", platform.mediaServiceUrl());
        targets.put("web-frontend", platform.frontendUrl());
        if (platform.deskUrl() != null) {
            targets.put("editor-desk", platform.deskUrl());
        }
        targets.put("prometheus", "http://127.0.0.1:" + port);
        targets.replaceAll((job, url) -> URI.create(url).getAuthority());
        return targets;
    }

    /**
     * ops/prometheus/prometheus-local.yml with its targets on the given host:ports, its rule files by absolute path
     * and the given scrape interval: one configuration for the local run, the tests and a hand-started Prometheus.
     */
    static String configuration(Path repositoryRoot, Map<String, String> targets, Duration scrapeInterval)
            throws IOException {
        Path prometheusDir = repositoryRoot.resolve("ops/prometheus");
        String config = Files.readString(prometheusDir.resolve("prometheus-local.yml"));
        for (Map.Entry<String, String> target : targets.entrySet()) {
            String usual = DEFAULT_TARGETS.get(target.getKey());
            if (usual != null) {
                config = config.replace("\"" + usual + "\"", "\"" + target.getValue() + "\"");
            }
        }
        String interval = scrapeInterval.toSeconds() + "s";
        return config.replace("  - rules/*.yml", "  - " + prometheusDir.resolve("rules") + "/*.yml")
                .replace("scrape_interval: 15s", "scrape_interval: " + interval)
                .replace("evaluation_interval: 15s", "evaluation_interval: " + interval)
                .replace("scrape_timeout: 10s", "scrape_timeout: "
                        + Math.min(10, Math.max(1, scrapeInterval.toSeconds())) + "s");
    }

    /** The on-call dashboard. */
    String dashboardUrl() {
        return url() + "/consoles/" + OnCallDashboard.PAGE;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The executable named {@code program} on the PATH, if any (also used by the tests to find promtool). */
    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
