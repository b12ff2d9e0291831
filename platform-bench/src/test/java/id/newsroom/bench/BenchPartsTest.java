package id.newsroom.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's own parts: a deterministic corpus, and reading wrk's and Prometheus' reports right. */
class BenchPartsTest {

    @Test
    void theCorpusIsTheSameEveryTimeAndImportable() {
        Corpus a = new Corpus(1_000, 42);
        Corpus b = new Corpus(1_000, 42);
        assertThat(a.importLine(517)).isEqualTo(b.importLine(517));
        assertThat(a.article(3).slug()).isNotEqualTo(a.article(4).slug());
        assertThat(a.importLine(3)).contains("\"externalId\":\"bench-3\"", "\"status\":\"PUBLISHED\"", "<p>");
        assertThat(Corpus.SECTIONS).contains(a.article(9).section());
    }

    @Test
    void readsWrkReports() {
        String report = """
                Running 15s test @ http://127.0.0.1:8082/api/feed
                  2 threads and 4 connections
                  Latency Distribution
                     50%  312.00us
                     75%  400.00us
                     90%    1.20ms
                     99%    2.50s
                  123456 requests in 15.00s, 1.00GB read
                  Socket errors: connect 0, read 1, write 0, timeout 2
                  Non-2xx or 3xx responses: 7
                Requests/sec:   8230.40
                """;
        Wrk.Result r = Wrk.parse("home", report);
        assertThat(r.requestsPerSecond()).isEqualTo(8230.40);
        assertThat(r.p50Ms()).isEqualTo(0.312);
        assertThat(r.p99Ms()).isEqualTo(2500.0);
        assertThat(r.non2xx()).isEqualTo(7);
        assertThat(r.errors()).isEqualTo(3);
    }

    @Test
    void percentilesFromHistogramBucketDeltas() {
        List<double[]> before = List.of(new double[]{0.1, 10}, new double[]{0.5, 10}, new double[]{1, 10},
                new double[]{Double.POSITIVE_INFINITY, 10});
        List<double[]> after = List.of(new double[]{0.1, 60}, new double[]{0.5, 105}, new double[]{1, 110},
                new double[]{Double.POSITIVE_INFINITY, 110});
        assertThat(Metrics.percentileMs(before, after, 0.5)).isEqualTo(100.0);
        assertThat(Metrics.percentileMs(before, after, 0.99)).isEqualTo(1000.0);
        assertThat(Metrics.observations(before, after)).isEqualTo(100);
    }

    @Test
    void eachPageIsComparedWithItsDataInTheSameRun() {
        List<Wrk.Result> reads = List.of(read(Report.CEILING, 2000), read("home first page", 1000),
                read("web: home page", 800), read(Report.SEARCH, 500), read(Report.SEARCH_NO_WRITES, 1000),
                read("article page (2,000 slugs)", 400));
        BenchResult run = new BenchResult("today", 100, "stand-in", 4, 15, null, reads, null, java.util.Map.of(),
                1, 1);
        assertThat(Report.ratioTable(run)).contains("| web: home page | home first page | 0.80 | >= 0.8: met |",
                "| search (2,000 distinct queries) | search, nobody writing | 0.50 | >= 0.6: **missed** |",
                "| article page (2,000 slugs) | ceiling: liveness endpoint | 0.20 | >= 0.25: **missed** |")
                .as("a path not measured (no web frontend) has no row").doesNotContain("web: section page");
    }

    private static Wrk.Result read(String name, double requestsPerSecond) {
        return new Wrk.Result(name, requestsPerSecond, 1, 2, 0, 0);
    }

    @Test
    void probeTokensAreDistinctWords() {
        assertThat(EditorLoad.token(1)).isNotEqualTo(EditorLoad.token(2)).matches("xq[a-z]+z");
    }
}
