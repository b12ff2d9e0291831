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
 * paths through a small Lua script, and reads requests/s, latency percentiles and errors from its report. Public:
 * search-service's component benchmark drives its queries with it too.
 */
public final class Wrk {

    public record Result(String name, double requestsPerSecond, double p50Ms, double p99Ms, long non2xx, long errors) {}

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern
            .compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private static final int WARM_UP_SECONDS = 5;
    private static final int THREADS = 2;

    private final int connections;
    private final int seconds;
    private final Path work;

    public Wrk(int connections, int seconds, Path work) {
        this.connections = connections;
        this.seconds = seconds;
        this.work = work;
    }

    public Result run(String name, String url) {
        return run(name, url, null, null);
    }

    /** Requests {@code base} + each path in turn (a different one per request, shared across connections). */
    public Result rotating(String name, String base, List<String> paths) {
        Path script = script(name, paths);
        return run(name, base, script, script);
    }

    /**
     * As {@link #rotating(String, String, List)}, warmed up on other paths: where every request must be new to the
     * server (its caches), the measured paths must not have been asked during the warm-up.
     */
    public Result rotating(String name, String base, List<String> warmUpPaths, List<String> paths) {
        return run(name, base, script(name + " warm-up", warmUpPaths), script(name, paths));
    }

    /**
     * A script that reads the paths from a file (a table constructor in Lua has a limit on constants) and gives each
     * of wrk's threads every {@value #THREADS}th one from its own start, so no two threads ask the same path before
     * the list wraps around (an unseeded random start gave both threads the same sequence: every other request was
     * a cache hit).
     */
    private Path script(String name, List<String> paths) {
        String file = name.replaceAll("[^A-Za-z0-9]+", "-");
        try {
            Path list = work.resolve(file + ".paths");
            Files.write(list, paths, StandardCharsets.UTF_8);
            String lua = """
                    threads = 0
                    function setup(thread)
                      thread:set("id", threads)
                      threads = threads + 1
                    end
                    function init(args)
                      paths = {}
                      for line in io.lines("%s") do paths[#paths + 1] = line end
                      i = id %% #paths
                    end
                    request = function()
                      local path = paths[i + 1]
                      i = (i + %d) %% #paths
                      return wrk.format("GET", path)
                    end
                    """.formatted(list.toAbsolutePath().toString().replace("\\", "/"), THREADS);
            Path script = work.resolve(file + ".lua");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(String name, String url, Path warmUpScript, Path script) {
        run(url, warmUpScript, WARM_UP_SECONDS); // the JIT compiles the path's code first, as it would in production
        return parse(name, run(url, script, seconds));
    }

    private String run(String url, Path script, int duration) {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections,
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
            throw new UncheckedIOException("Could not run wrk (ops/install-wrk.sh installs it)", e);
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
