package id.newsroom.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import id.newsroom.infra.Ports;

/**
 * Prometheus beside the local run, when the machine has it (Debian package {@code prometheus}): it scrapes the three
 * services with the project's own configuration and alert rules ({@code ops/prometheus/prometheus-local.yml}).
 */
final class LocalPrometheus {

    static final int PORT = 9090;

    private final Process process;

    private LocalPrometheus(Process process) {
        this.process = process;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Starts Prometheus if it is installed and its port is free; otherwise says why not and returns empty. */
    static Optional<LocalPrometheus> startIfInstalled(Path repositoryRoot, Path dataDir) {
        Optional<Path> binary = onPath("prometheus");
        if (binary.isEmpty()) {
            System.out.println(
                    "Prometheus is not installed (apt-get install prometheus): metrics stay at /actuator/prometheus.");
            return Optional.empty();
        }
        if (Ports.inUse(PORT)) {
            System.out.println("Port " + PORT + " is in use: not starting Prometheus.");
            return Optional.empty();
        }
        try {
            Path log = dataDir.resolve("logs").resolve("prometheus.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(binary.get().toString(),
                    "--config.file=" + repositoryRoot.resolve("ops/prometheus/prometheus-local.yml"),
                    "--storage.tsdb.path=" + dataDir.resolve("prometheus"),
                    "--web.listen-address=127.0.0.1:" + PORT))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return Optional.of(new LocalPrometheus(process));
        } catch (IOException e) {
            System.out.println("Prometheus did not start: " + e.getMessage());
            return Optional.empty();
        }
    }

    String url() {
        return "http://127.0.0.1:" + PORT;
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
