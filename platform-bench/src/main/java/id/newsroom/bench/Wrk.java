package id.newsroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the load generator wrk (Debian's package, installed by bench.sh) against one URL, or a rotating list of
 * paths through a small Lua script, and reads requests/s, latency percentiles and errors from its report.
 */
final class Wrk {

    record Result(String name, double requestsPerSecond, double p50Ms, double p99Ms, long non2xx, long errors) {}

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern
            .compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private static final int WARM_UP_SECONDS = 5;

    private final int connections;
    private final int seconds;
    private final Path work;

    Wrk(int connections, int seconds, Path work) {
        this.connections = connections;
        this.seconds = seconds;
        this.work = work;
    }

    Result run(String name, String url) {
        return run(name, url, null);
    }

    /** Requests {@code base} + each path in turn (a different one per request, shared across connections). */
    Result rotating(String name, String base, List<String> paths) {
        StringBuilder lua = new StringBuilder("paths = {\n");
        for (String p : paths) {
            lua.append('"').append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\ni = math.random(#paths)\nrequest = function()\n  i = i % #paths + 1\n")
                .append("  return wrk.format(\"GET\", paths[i])\nend\n");
        try {
            Path script = work.resolve(name.replaceAll("[^a-z0-9]+", "-") + ".lua");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            return run(name, base, script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(String name, String url, Path script) {
        run(url, script, WARM_UP_SECONDS); // the JIT compiles the path's code first, as it would in production
        return parse(name, run(url, script, seconds));
    }

    private String run(String url, Path script, int duration) {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
                "-d" + duration + "s", "--latency", "--timeout", "5s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(duration + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("wrk failed for " + url + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run wrk (bench.sh installs it: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String name, String report) {
        Matcher rps = RPS.matcher(report);
        double requests = rps.find() ? Double.parseDouble(rps.group(1)) : 0;
        Matcher non2xx = NON_2XX.matcher(report);
        long bad = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Matcher socket = SOCKET.matcher(report);
        long errors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(name, requests, percentile(report, "50%"), percentile(report, "99%"), bad, errors);
    }

    private static double percentile(String report, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(report);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
