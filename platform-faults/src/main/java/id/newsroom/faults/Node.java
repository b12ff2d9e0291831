package id.newsroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One process of the platform under test (the broker, the MongoDB stand-in or a service), started with the same
 * command every time, its output appended to one log. It can be killed outright (SIGKILL), asked to stop (SIGTERM) and
 * started again: what the fault drills do to it.
 */
final class Node {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private volatile Process process;

    Node(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.log = log;
    }

    /** A Java main class of this JVM's class path (the broker, the stand-in) as a process of its own. */
    static List<String> javaMain(String mainClass, String heap, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseSerialGC"));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith("-exec.jar") && !classPath.contains(java.io.File.pathSeparator)) {
            // Run from the suite's executable jar: its launcher can start any main class of the jar.
            cmd.addAll(List.of("-cp", classPath, "-Dloader.main=" + mainClass,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            cmd.addAll(List.of("-cp", classPath, mainClass));
        }
        cmd.addAll(args);
        return cmd;
    }

    /** A service's executable jar, with the small heap and lean collector of the local run. */
    static List<String> serviceJar(Path jar, int port, List<String> args) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build with ./mvnw -q -DskipTests package -pl platform-faults -am");
        }
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        cmd.addAll(args);
        return cmd;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    synchronized Node start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    synchronized void kill() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            waitFor(p, Duration.ofSeconds(10));
        }
    }

    /** SIGTERM, then waits up to {@code grace} for the exit; returns the exit code, or -1 if it had to be killed. */
    synchronized int terminate(Duration grace) {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return p == null ? 0 : p.exitValue();
        }
        p.destroy();
        if (!waitFor(p, grace)) {
            p.destroyForcibly();
            waitFor(p, Duration.ofSeconds(10));
            return -1;
        }
        return p.exitValue();
    }

    /** Starts it again if it is not running (after a kill or a stop). */
    synchronized void restart() {
        if (process == null || !process.isAlive()) {
            start();
        }
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    Process process() {
        return process;
    }

    /** Whether something accepts connections on the node's port (the broker and the stand-in have no HTTP). */
    boolean listens() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    private static boolean waitFor(Process p, Duration d) {
        try {
            return p.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
