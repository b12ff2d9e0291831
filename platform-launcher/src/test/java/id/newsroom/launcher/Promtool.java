package id.newsroom.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs {@code promtool check metrics} (Debian package prometheus; CI installs it) on a scrape. */
final class Promtool {

    private Promtool() {}

    static boolean available() {
        return LocalPrometheus.onPath("promtool").isPresent();
    }

    /** The problems promtool reports (empty when the exposition is clean). */
    static String checkMetrics(String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "promtool did not finish";
        }
        return process.exitValue() == 0 && output.isEmpty() ? "" : "exit " + process.exitValue() + ": " + output;
    }
}
