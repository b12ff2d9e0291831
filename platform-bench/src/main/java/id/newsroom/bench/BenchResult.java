package id.newsroom.bench;

import java.util.List;
import java.util.Map;

/** One run of the platform benchmark, as saved in bench-results/&lt;date&gt;-&lt;N&gt;.json. */
record BenchResult(
        String date,
        int articles,
        String mongo,
        int connections,
        int seconds,
        Import importRun,
        List<Wrk.Result> reads,
        Writes writes,
        Map<String, Double> idleCpuPercent,
        double startSeconds,
        double restartSeconds) {

    /**
     * The archive import; {@code breaking}: the editors' stories published one a second meanwhile, how soon each was
     * readable (the import's own events are measured from their commit, through the services' histograms).
     */
    record Import(double seconds, double articlesPerSecond, int failed, double feedFreshnessP50Ms,
            double feedFreshnessP99Ms, double searchFreshnessP50Ms, double searchFreshnessP99Ms,
            double convergedAfterSeconds, double settledAfterSeconds, Breaking breaking) {}

    record Breaking(int probes, int missed, double feedP50Ms, double feedP99Ms, double searchP50Ms,
            double searchP99Ms) {}

    record Writes(int requests, int failures, double p50Ms, double p99Ms, double feedFreshnessP50Ms,
            double feedFreshnessP99Ms, double searchFreshnessP50Ms, double searchFreshnessP99Ms) {}

    Wrk.Result read(String name) {
        return reads.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    static double percentile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }
}
