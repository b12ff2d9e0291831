package id.newsroom.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own child process (java -jar), with its output in a log file. It can be started again
 * with the same command after it exited (the supervisor does), appending to the same log.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path logFile;
    private final ProcessBuilder builder;
    private volatile Process process;

    private ServiceProcess(String name, int port, Path logFile, ProcessBuilder builder) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.builder = builder;
        this.process = launch();
    }

    /**
     * The JVM refreshes its jstat counters every 50 ms by default: 0.13% of a core per idle JVM measured here, a tenth
     * of what the idle platform's nine JVMs may use in all. Once a second is enough for jstat; jcmd is unaffected.
     */
    static final String QUIET_JVM = "-XX:PerfDataSamplingInterval=1000";

    static ServiceProcess start(String name, Path jar, int port, List<String> args, Path logFile) {
        return start(name, jar, port, args, null, logFile);
    }

    /**
     * As above; a non-null {@code environment} replaces the launcher's whole environment, so the service sees exactly
     * what a container would give it (the compose test uses this).
     */
    static ServiceProcess start(String name, Path jar, int port, List<String> args, Map<String, String> environment,
            Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name + " is not built: " + jar + " is missing (run ./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Three JVMs share two cores and the developer's memory: small heaps, the lean collector.
        command.add("-Xms64m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add(QUIET_JVM);
        String extra = System.getenv("NEWS_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(args);
        return of(name, command, environment, port, logFile);
    }

    /** Any command as a service (the supervision test runs small shell scripts); the log is started afresh. */
    static ServiceProcess of(String name, List<String> command, Map<String, String> environment, int port,
            Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the log " + logFile, e);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        return new ServiceProcess(name, port, logFile, builder);
    }

    private Process launch() {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Starts the same command again once the previous process has exited. */
    synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        process = launch();
    }

    /** Completes with the exit code when the current process ends. */
    CompletableFuture<Integer> onExit() {
        Process current = process;
        return current.onExit().thenApply(Process::exitValue);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** True once /actuator/health answers UP. */
    boolean isHealthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to stop (SIGTERM: Spring shuts down gracefully), and kills it if it does not in time. */
    void stop(Duration grace) {
        Process process = this.process;
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The last lines of the log, to explain a failed start without sending anyone digging. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
