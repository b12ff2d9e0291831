package id.newsroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local platform as the benchmark's subject: the launcher jar (what ./run-local.sh runs) started as a process on
 * its own data folder, or a platform that already runs. Knows the service URLs and the pids whose CPU is measured.
 */
final class PlatformRun implements AutoCloseable {

    static final String ARTICLE = "http://127.0.0.1:8081";
    static final String FEED = "http://127.0.0.1:8082";
    static final String SEARCH = "http://127.0.0.1:8083";
    static final String WEB = "http://127.0.0.1:8080";
    static final String MEDIA = "http://127.0.0.1:8084";

    private final Path root;
    private final Path dataDir;
    private final Http http;
    private Process launcher;

    PlatformRun(Path root, Path dataDir, Http http) {
        this.root = root;
        this.dataDir = dataDir;
        this.http = http;
    }

    /** Starts the launcher and returns the seconds until every service is ready. */
    double start() {
        Path jar = root.resolve("platform-launcher/target/platform-launcher-0.1.0-SNAPSHOT-exec.jar");
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", "-XX:PerfDataSamplingInterval=1000",
                    "-Dnews.root=" + root, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(dataDir.resolve("launcher-console.log").toFile());
            pb.environment().put("NEWS_DATA_DIR", dataDir.toString());
            long t0 = System.nanoTime();
            launcher = pb.start();
            while (!allUp()) {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException(
                            "The platform did not start; see " + dataDir.resolve("launcher-console.log"));
                }
                if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("The platform did not become ready within 5 minutes");
                }
                TimeUnit.MILLISECONDS.sleep(250); // polling the readiness endpoints
            }
            return (System.nanoTime() - t0) / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean allUp() {
        return http.isUp(ARTICLE) && http.isUp(FEED) && http.isUp(SEARCH) && http.isUp(MEDIA);
    }

    boolean hasWebFrontend() {
        return http.isUp(WEB);
    }

    /** The processes to measure: the launcher (Kafka and the MongoDB stand-in live in it) and each service. */
    Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (launcher != null) {
            pids.put("launcher (Kafka + MongoDB stand-in)", launcher.pid());
        }
        Path file = dataDir.resolve("services.pid");
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            for (String line : lines) {
                long pid = Long.parseLong(line.trim().split(" ")[0]);
                String name = ProcessHandle.of(pid).flatMap(h -> h.info().arguments())
                        .map(PlatformRun::serviceName).orElse("pid " + pid);
                pids.put(name, pid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids;
    }

    private static String serviceName(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        return all.stream().filter(a -> a.endsWith("-exec.jar")).findFirst()
                .map(a -> Path.of(a).getFileName().toString().replace("-0.1.0-SNAPSHOT-exec.jar", ""))
                .orElse(String.join(" ", all));
    }

    /** Stops the launcher as Ctrl-C would (SIGTERM), when this run started it. */
    @Override
    public void close() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
        launcher = null;
    }
}
