package id.newsroom.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the services running while the platform runs: a service that exits on its own (a crash, an out-of-memory
 * kill) is announced loudly on the console, started again after a backoff that doubles while it keeps failing (and
 * resets once it stayed up a while), and every restart is counted in the launcher's log. Closing the supervisor
 * first is what lets Ctrl-C stop everything without the supervisor bringing it back.
 */
final class Supervisor implements AutoCloseable {

    /** How long the backoff waits first and at most, and how long a service must stay up to count as recovered. */
    record Backoff(Duration initial, Duration max, Duration stableAfter) {
        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(60));
    }

    private final Backoff backoff;
    private final PrintStream console;
    private final Path log;
    private final Consumer<ProcessHandle> onRestarted;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private boolean closed;

    /** {@code onRestarted} learns each new process (for the pid file that a killed launcher leaves behind). */
    Supervisor(Backoff backoff, PrintStream console, Path log, Consumer<ProcessHandle> onRestarted) {
        this.backoff = backoff;
        this.console = console;
        this.log = log;
        this.onRestarted = onRestarted;
    }

    void watch(ServiceProcess service) {
        watch(service, Instant.now(), backoff.initial());
    }

    private void watch(ServiceProcess service, Instant startedAt, Duration delay) {
        service.onExit().thenAccept(exitCode -> exited(service, exitCode, startedAt, delay));
    }

    private synchronized void exited(ServiceProcess service, int exitCode, Instant startedAt, Duration delay) {
        if (closed) {
            return; // stopped on purpose
        }
        boolean recovered = Duration.between(startedAt, Instant.now()).compareTo(backoff.stableAfter()) >= 0;
        Duration wait = recovered ? backoff.initial() : delay;
        int count = restarts.merge(service.name(), 1, Integer::sum);
        console.println("""

                !!! %s EXITED UNEXPECTEDLY (exit code %d). Restarting it in %d ms (restart #%d). Last lines of %s:
                %s
                """.formatted(service.name(), exitCode, wait.toMillis(), count, service.logFile(),
                service.logTail(15)));
        append("%s %s exited with code %d; restart #%d in %d ms".formatted(Instant.now(), service.name(), exitCode,
                count, wait.toMillis()));
        Duration next = wait.multipliedBy(2).compareTo(backoff.max()) > 0 ? backoff.max() : wait.multipliedBy(2);
        scheduler.schedule(() -> restart(service, next), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(ServiceProcess service, Duration nextDelay) {
        if (closed) {
            return;
        }
        try {
            service.restart();
            onRestarted.accept(service.handle());
            append("%s %s restarted as pid %d".formatted(Instant.now(), service.name(), service.handle().pid()));
            watch(service, Instant.now(), nextDelay);
        } catch (RuntimeException e) {
            console.println("!!! " + service.name() + " could not be restarted: " + e.getMessage());
            append(Instant.now() + " " + service.name() + " could not be restarted: " + e.getMessage());
        }
    }

    /** Restarts so far, per service name. */
    int restarts(String service) {
        return restarts.getOrDefault(service, 0);
    }

    private void append(String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the launcher log " + log, e);
        }
    }

    /** From now on an exit is intended: no more restarts (also none already scheduled). */
    @Override
    public synchronized void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
