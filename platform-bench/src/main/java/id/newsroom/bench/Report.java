package id.newsroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves a run as JSON, and as a Markdown report with the targets, the ratio of each reader path to the trivial
 * endpoint measured in the same run, the previous run with the same N for comparison, and a chart (PNG, XChart).
 */
final class Report {

    static final String CEILING = "ceiling: liveness endpoint";
    static final String SEARCH = "search (2,000 distinct queries)";
    static final String SUGGEST = "suggest";
    static final String SEARCH_NO_WRITES = "search, nobody writing";
    static final String SUGGEST_NO_WRITES = "suggest, nobody writing";
    /** Issue 25's ratios: a path, what it is compared with in the same run, and the least ratio. */
    private record Ratio(String path, String base, double least) {}

    private static final List<Ratio> RATIOS = List.of(
            new Ratio("web: home page", "home first page", 0.8),
            new Ratio("web: section page", "section first page", 0.8),
            new Ratio("web: article page", "article page (2,000 slugs)", 0.8),
            new Ratio(SEARCH, SEARCH_NO_WRITES, 0.6),
            new Ratio(SUGGEST, SUGGEST_NO_WRITES, 0.6),
            new Ratio("article page (2,000 slugs)", CEILING, 0.25));
    // Older results lack measures added since (they read as 0): the previous run is only a column to compare with.
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private Report() {}

    static Path save(BenchResult r, Path dir) {
        try {
            Files.createDirectories(dir);
            String base = r.date() + "-" + r.articles();
            BenchResult previous = previous(dir, r.articles(), base);
            Files.writeString(dir.resolve(base + ".json"), JSON.writeValueAsString(r));
            chart(r, previous, dir.resolve(base + ".png"));
            Path md = dir.resolve(base + ".md");
            Files.writeString(md, markdown(r, previous, base + ".png"));
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(BenchResult r, BenchResult previous, String chart) {
        StringBuilder s = new StringBuilder();
        s.append("# Platform benchmark, ").append(r.date()).append(", ").append(String.format("%,d", r.articles()))
                .append(" articles\n\nMongoDB: ").append(r.mongo()).append("; wrk -t2 -c").append(r.connections())
                .append(" -d").append(r.seconds())
                .append("s on the same machine; editors write 20/s during the reads.\n\n");
        s.append(readTable(r, previous)).append('\n');
        s.append(ratioTable(r)).append('\n');
        s.append(otherTable(r)).append("\n![requests per second](").append(chart).append(")\n");
        return s.toString();
    }

    static String readTable(BenchResult r, BenchResult previous) {
        Wrk.Result ceiling = r.read(CEILING);
        StringBuilder s = new StringBuilder("| reader path | req/s | p50 ms | p99 ms | errors | x ceiling |"
                + (previous == null ? "" : " previous req/s |") + " target >= 1,000 req/s, p99 <= 50 ms |\n");
        s.append("| --- | ---: | ---: | ---: | ---: | ---: |").append(previous == null ? "" : " ---: |")
                .append(" --- |\n");
        for (Wrk.Result w : r.reads()) {
            Wrk.Result before = previous == null ? null : previous.read(w.name());
            boolean target = w.name().equals(CEILING) || w.requestsPerSecond() >= 1000 && w.p99Ms() <= 50;
            s.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %d | %.2f |", w.name(),
                    w.requestsPerSecond(), w.p50Ms(), w.p99Ms(), w.non2xx() + w.errors(),
                    ceiling == null ? Double.NaN : w.requestsPerSecond() / ceiling.requestsPerSecond()));
            if (previous != null) {
                s.append(before == null ? " - |" : String.format(Locale.ROOT, " %,.0f |", before.requestsPerSecond()));
            }
            s.append(w.name().equals(CEILING) ? " (baseline) |\n" : target ? " met |\n" : " **missed** |\n");
        }
        return s.toString();
    }

    /** Each page against the data it is built from, search under writes against itself without, same run. */
    static String ratioTable(BenchResult r) {
        StringBuilder s = new StringBuilder("| path | compared with | ratio | target |\n| --- | --- | ---: | --- |\n");
        for (Ratio ratio : RATIOS) {
            Wrk.Result path = r.read(ratio.path());
            Wrk.Result base = r.read(ratio.base());
            if (path == null || base == null) {
                continue;
            }
            double x = path.requestsPerSecond() / base.requestsPerSecond();
            s.append(String.format(Locale.ROOT, "| %s | %s | %.2f | >= %s: %s |%n", ratio.path(), ratio.base(), x,
                    ratio.least(), x >= ratio.least() ? "met" : "**missed**"));
        }
        return s.toString();
    }

    private static String otherTable(BenchResult r) {
        BenchResult.Import i = r.importRun();
        BenchResult.Writes w = r.writes();
        StringBuilder s = new StringBuilder("| measure | value | target |\n| --- | --- | --- |\n");
        row(s, "import", i == null
                ? "skipped (already imported)"
                : String.format(Locale.ROOT,
                        "%.0f s, %.0f articles/s, %d failed lines", i.seconds(), i.articlesPerSecond(), i.failed()),
                "<= 600 s");
        if (i != null) {
            row(s, "imported articles' freshness (feed, from their commit)", "p50 " + bucket(i.feedFreshnessP50Ms())
                    + ", p99 " + bucket(i.feedFreshnessP99Ms()), "(they wait behind live changes)");
            row(s, "imported articles' freshness (search, from their commit)", "p50 " + bucket(i.searchFreshnessP50Ms())
                    + ", p99 " + bucket(i.searchFreshnessP99Ms()), "");
            BenchResult.Breaking b = i.breaking();
            if (b != null) {
                row(s, "editors' publish -> readable in feed, during the import", String.format(Locale.ROOT,
                        "p50 %.0f ms, p99 %.0f ms (%d stories, one a second; %d not readable within 60 s)",
                        b.feedP50Ms(), b.feedP99Ms(), b.probes(), b.missed()), "p99 <= 1 s");
                row(s, "editors' publish -> found by search, during the import", String.format(Locale.ROOT,
                        "p50 %.0f ms, p99 %.0f ms", b.searchP50Ms(), b.searchP99Ms()), "p99 <= 1 s");
            }
            row(s, "import readable in feed and search (outbox drained, all indexed)",
                    String.format(Locale.ROOT, "%.0f s after the import began", i.convergedAfterSeconds()),
                    "<= 600 s");
            row(s, "after the import, until the platform was quiet",
                    String.format(Locale.ROOT, "%.0f s until the platform used < %.0f%% of a core",
                            i.settledAfterSeconds(), PlatformBenchmark.QUIET_PERCENT),
                    "");
        }
        row(s, "editor writes during reads",
                String.format(Locale.ROOT, "%d requests, %d failed, p50 %.1f ms, p99 %.1f ms",
                        w.requests(), w.failures(), w.p50Ms(), w.p99Ms()),
                "p99 <= 100 ms");
        row(s, "publish -> readable in feed (probes)", String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms",
                w.feedFreshnessP50Ms(), w.feedFreshnessP99Ms()), "");
        row(s, "publish -> found by search (probes)", String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms",
                w.searchFreshnessP50Ms(), w.searchFreshnessP99Ms()), "");
        for (Map.Entry<String, Double> cpu : r.idleCpuPercent().entrySet()) {
            row(s, "idle CPU, " + cpu.getKey(), String.format(Locale.ROOT, "%.2f%% of one core", cpu.getValue()),
                    "whole platform <= 3%");
        }
        row(s, "idle CPU, whole platform", String.format(Locale.ROOT, "%.2f%% of one core",
                r.idleCpuPercent().values().stream().mapToDouble(Double::doubleValue).sum()), "<= 3%");
        row(s, "start (data folder as found)", String.format(Locale.ROOT, "%.1f s", r.startSeconds()), "");
        row(s, "restart to ready with the archive", String.format(Locale.ROOT, "%.1f s", r.restartSeconds()),
                "<= 60 s");
        return s.toString();
    }

    /** A percentile read from histogram buckets: an upper bound, or beyond the largest bucket. */
    static String bucket(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        return Double.isInfinite(ms)
                ? "> 60 s (beyond the largest bucket)"
                : String.format(Locale.ROOT, "<= %,.0f ms", ms);
    }

    private static void row(StringBuilder s, String name, String value, String target) {
        s.append("| ").append(name).append(" | ").append(value).append(" | ").append(target).append(" |\n");
    }

    private static void chart(BenchResult r, BenchResult previous, Path png) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(480)
                .title("Requests per second at " + String.format("%,d", r.articles()) + " articles")
                .xAxisTitle("path").yAxisTitle("req/s").build();
        List<String> names = r.reads().stream().map(Wrk.Result::name).toList();
        chart.addSeries(r.date(), names, r.reads().stream().map(Wrk.Result::requestsPerSecond).toList());
        if (previous != null) {
            List<Double> before = new ArrayList<>();
            names.forEach(n -> before.add(previous.read(n) == null ? 0.0 : previous.read(n).requestsPerSecond()));
            chart.addSeries("previous " + previous.date(), names, before);
        }
        chart.getStyler().setXAxisLabelRotation(30);
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static BenchResult previous(Path dir, int articles, String current) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-" + articles + ".json") && !n.startsWith(current)).sorted()
                    .reduce((a, b) -> b).map(n -> JSON.readValue(dir.resolve(n).toFile(), BenchResult.class))
                    .orElse(null);
        }
    }
}
