package id.newsroom.search.support;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import id.newsroom.bench.Wrk;

/**
 * Puts a list of paths under load at a fixed number of connections with wrk, as the platform benchmark does: a
 * separate C process, a small share of the machine's CPU, warmed up for 5 s on other paths first (installed by
 * {@code ops/install-wrk.sh}). A Java client in the service's JVM took a large share of the two cores it measured.
 */
public final class LoadGenerator {

    public record Load(double queriesPerSecond, double p50Ms, double p99Ms, long requests, long errors) {}

    private final int port;
    private final Duration measure;
    private final Wrk wrk;

    public LoadGenerator(int port, int connections, Duration measure) throws IOException {
        this.port = port;
        this.measure = measure;
        this.wrk = new Wrk(connections, (int) measure.toSeconds(), Files.createTempDirectory("search-bench"));
    }

    public Load run(String name, List<String> warmUpPaths, List<String> paths) {
        Wrk.Result r = wrk.rotating(name, "http://127.0.0.1:" + port, warmUpPaths, paths);
        return new Load(r.requestsPerSecond(), r.p50Ms(), r.p99Ms(),
                Math.round(r.requestsPerSecond() * measure.toSeconds()), r.non2xx() + r.errors());
    }
}
