package id.newsroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a service's Prometheus scrape: a metric's value, and percentiles from histogram bucket deltas. */
final class Metrics {

    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    static Metrics scrape(Http http, String baseUrl) {
        return new Metrics(http.get(baseUrl + "/actuator/prometheus").body());
    }

    /** The sum of every series of this metric (all label sets). */
    double sum(String metric) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})? ([0-9.eE+-]+|NaN)").matcher(text);
        double total = 0;
        while (m.find()) {
            if (!m.group(2).equals("NaN")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** Cumulative bucket counts of a histogram, by upper bound (seconds), summed over label sets. */
    List<double[]> buckets(String histogram) {
        Matcher m = Pattern
                .compile("(?m)^" + Pattern.quote(histogram) + "_bucket\\{([^}]*)le=\"([^\"]+)\"[^}]*} ([0-9.eE+-]+)")
                .matcher(text);
        List<double[]> out = new ArrayList<>();
        while (m.find()) {
            double le = m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
            double count = Double.parseDouble(m.group(3));
            double[] existing = out.stream().filter(b -> b[0] == le).findFirst().orElse(null);
            if (existing != null) {
                existing[1] += count;
            } else {
                out.add(new double[]{le, count});
            }
        }
        out.sort((a, b) -> Double.compare(a[0], b[0]));
        return out;
    }

    /**
     * The bucket bound (ms) under which fraction {@code q} of the observations made between {@code before} and
     * {@code after} fall: "p99 <= 500 ms" at the resolution of the service's buckets.
     */
    static double percentileMs(List<double[]> before, List<double[]> after, double q) {
        double total = count(after, Double.POSITIVE_INFINITY) - count(before, Double.POSITIVE_INFINITY);
        if (total <= 0) {
            return Double.NaN;
        }
        for (double[] bucket : after) {
            double delta = bucket[1] - count(before, bucket[0]);
            if (delta >= q * total) {
                return bucket[0] * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    static long observations(List<double[]> before, List<double[]> after) {
        return (long) (count(after, Double.POSITIVE_INFINITY) - count(before, Double.POSITIVE_INFINITY));
    }

    private static double count(List<double[]> buckets, double le) {
        return buckets.stream().filter(b -> b[0] == le).mapToDouble(b -> b[1]).findFirst().orElse(0);
    }
}
