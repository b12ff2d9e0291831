package id.newsroom.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Processes (the services, Prometheus) that a launcher killed without a chance to stop them (kill -9) left running.
 * While they run, their pids and start times are recorded in the data folder; the next start stops those still alive,
 * so their ports are free again instead of the developer hunting for them. The start time guards against a reused pid.
 */
final class LeftoverProcesses {

    private final Path file;

    LeftoverProcesses(Path dataDir) {
        this.file = dataDir.resolve("services.pid");
    }

    void record(List<ProcessHandle> processes) {
        List<String> lines = new ArrayList<>();
        for (ProcessHandle process : processes) {
            startOf(process).ifPresent(start -> lines.add(process.pid() + " " + start));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the service pids in " + file, e);
        }
    }

    void add(ProcessHandle process) {
        startOf(process).ifPresent(start -> {
            try {
                Files.writeString(file, process.pid() + " " + start + System.lineSeparator(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not record pid " + process.pid() + " in " + file, e);
            }
        });
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what an earlier launcher left running; returns one line per process stopped. */
    List<String> stop() {
        List<String> stopped = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return stopped;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 2) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]))
                        .filter(p -> startOf(p).map(parts[1]::equals).orElse(false));
                process.ifPresent(p -> {
                    terminate(p);
                    stopped.add(
                            "Stopped process " + p.pid() + ", left running by an earlier launcher that was killed.");
                });
            }
        } catch (IOException | NumberFormatException e) {
            stopped.add("Ignored " + file + ": " + e.getMessage());
        }
        clear();
        return stopped;
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            process.destroyForcibly();
        }
    }

    private static Optional<String> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString);
    }
}
