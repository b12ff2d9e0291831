package id.newsroom.search.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.newsroom.bench.Wrk;

/**
 * Puts a list of paths under load at a fixed number of connections, warmed up on other paths first: with wrk (as the
 * platform benchmark does: a separate C process, a small share of the machine's CPU) when it is installed
 * ({@code ops/install-wrk.sh}), otherwise with Java's HTTP client in this JVM, whose own CPU then competes with the
 * server's (the report says which).
 */
public final class LoadGenerator {

    public record Load(double queriesPerSecond, double p50Ms, double p99Ms, long requests, long errors) {}

    private final int port;
    private final int connections;
    private final Duration warmUp;
    private final Duration measure;
    private final Wrk wrk;

    public LoadGenerator(int port, int connections, Duration warmUp, Duration measure) throws IOException {
        this.port = port;
        this.connections = connections;
        this.warmUp = warmUp;
        this.measure = measure;
        this.wrk = wrkInstalled()
                ? new Wrk(connections, (int) measure.toSeconds(), Files.createTempDirectory("search-bench"))
                : null;
    }

    public String name() {
        return wrk != null
                ? "wrk (2 threads)"
                : "Java HttpClient in the service's JVM (install wrk: ops/install-wrk.sh)";
    }

    public Load run(String name, List<String> warmUpPaths, List<String> paths) throws Exception {
        if (wrk != null) {
            Wrk.Result r = wrk.rotating(name, "http://127.0.0.1:" + port, warmUpPaths, paths);
            return new Load(r.requestsPerSecond(), r.p50Ms(), r.p99Ms(),
                    Math.round(r.requestsPerSecond() * measure.toSeconds()), r.non2xx() + r.errors());
        }
        inJvm(warmUpPaths, warmUp);
        return inJvm(paths, measure);
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Load inJvm(List<String> paths, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> results = new ArrayList<>();
        // One shared position: no two requests of a run take the same path until the list wraps around.
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            results.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + paths.get(next.getAndIncrement() % paths.size())))
                            .build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Load(merged.length / elapsed, percentile(merged, 0.50), percentile(merged, 0.99), merged.length,
                errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
