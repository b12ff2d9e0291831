package id.newsroom.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One run of the suite: a fresh platform, the editor writing while the planned drills run, then the comparison
 * repeated until everything agrees (or two minutes pass), and the time that took.
 */
final class FaultRun {

    static final Duration CONVERGE_LIMIT = Duration.ofMinutes(2);

    /** What one run found; {@code convergedSeconds} is -1 when it never converged. */
    record Result(long seed, Map<Faults.Kind, Integer> injected, int acknowledged, int unanswered, int redelivered,
            Checker.Result check, int poison, int deadLetteredFeed, int deadLetteredSearch,
            double convergedAfterHealthy, double convergedAfterLastRestart, Map<String, String> tokens) {

        boolean passed() {
            return check.clean() && deadLetteredFeed == poison && deadLetteredSearch == poison
                    && poison == Faults.POISON_RECORDS && convergedAfterHealthy >= 0
                    && injected.values().stream().allMatch(n -> n > 0)
                    && injected.size() == Faults.Kind.values().length;
        }
    }

    private FaultRun() {}

    static Result run(Path root, Path dir, int writes, int perKind, long seed, java.io.PrintStream out)
            throws Exception {
        out.printf("Starting Kafka, MongoDB and the three services as separate processes in %s%n", dir);
        try (Cluster cluster = Cluster.start(root, dir, new Http(), Duration.ofMinutes(5))) {
            return run(cluster, writes, perKind, seed, java.util.Set.of(), out);
        }
    }

    /** On a running platform; {@code othersIds}: articles other writers created there (not ghosts). */
    static Result run(Cluster cluster, int writes, int perKind, long seed, java.util.Set<String> othersIds,
            java.io.PrintStream out) throws Exception {
        Http http = new Http();
        Random random = new Random(seed);
        TopicDrills topic = new TopicDrills(cluster.bootstrapServers());
        String prefix = "xq" + Long.toString(Math.abs(seed) % 1000, 36);
        Editor editor = new Editor(http, cluster.article::baseUrl, random.nextLong(), prefix);
        Checker checker = new Checker(http, cluster);
        try (Faults faults = new Faults(cluster, topic, random, writes, perKind, "racun-" + seed, out)) {
            out.printf("Writing %d acknowledged editor operations while %d drills run...%n", writes,
                    perKind * Faults.Kind.values().length);
            editor.work(writes, faults::beforeWrite, Duration.ofMinutes(5));
            out.printf("%d writes acknowledged; waiting for the last drills and for every service to be ready%n",
                    editor.acknowledged().size());
            faults.awaitAll(Duration.ofMinutes(15));
            cluster.awaitReady(Duration.ofMinutes(5));
            long healthy = System.nanoTime();
            List<String> poison = faults.poisonKeys();
            long deadline = healthy + CONVERGE_LIMIT.toNanos();
            Checker.Result check;
            int feedDlq;
            int searchDlq;
            while (true) {
                check = checker.check(editor.tokens(), editor.acknowledged(), othersIds);
                feedDlq = count(topic.deadLetterKeys("feed-service"), poison);
                searchDlq = count(topic.deadLetterKeys("search-service"), poison);
                boolean done = check.clean() && feedDlq == poison.size() && searchDlq == poison.size();
                out.printf("  +%.1f s after healthy: lost %d, ghost %d, stale %d, dead-lettered %d/%d %d/%d %s%n",
                        (System.nanoTime() - healthy) / 1e9, check.lost(), check.ghost(), check.stale(), feedDlq,
                        poison.size(), searchDlq, poison.size(),
                        check.examples().isEmpty() ? "" : check.examples().get(0));
                if (done || System.nanoTime() > deadline) {
                    double afterHealthy = done ? (System.nanoTime() - healthy) / 1e9 : -1;
                    double afterRestart = done ? (System.nanoTime() - faults.lastRestartNanos()) / 1e9 : -1;
                    return new Result(seed, faults.injected(), editor.acknowledged().size(), editor.unanswered(),
                            faults.redelivered(), check, poison.size(), feedDlq, searchDlq, afterHealthy, afterRestart,
                            editor.tokens());
                }
                Pause.of(Duration.ofMillis(250));
            }
        }
    }

    private static int count(java.util.Set<String> found, List<String> wanted) {
        return (int) wanted.stream().filter(found::contains).count();
    }

    /** The run as a Markdown table. */
    static String table(Result r, int run, int runs, int writes) {
        StringBuilder s = new StringBuilder();
        s.append("Run ").append(run).append('/').append(runs).append(" (seed ").append(r.seed()).append(", ")
                .append(writes).append(" writes)\n\n| | |\n| --- | --- |\n");
        for (Faults.Kind k : Faults.Kind.values()) {
            s.append("| fault: ").append(k.label).append(" | ").append(r.injected().getOrDefault(k, 0)).append(" |\n");
        }
        Checker.Result c = r.check();
        s.append("| records redelivered (in the redelivery drills) | ").append(r.redelivered()).append(" |\n")
                .append("| writes acknowledged (attempts without an answer) | ").append(r.acknowledged())
                .append(" (").append(r.unanswered()).append(") |\n")
                .append("| articles / published at the end | ").append(c.articles()).append(" / ").append(c.published())
                .append(" |\n")
                .append("| lost / ghost / stale | ").append(c.lost()).append(" / ").append(c.ghost()).append(" / ")
                .append(c.stale()).append(" |\n")
                .append("| poison records dead-lettered: feed / search | ").append(r.deadLetteredFeed()).append('/')
                .append(r.poison()).append(" / ").append(r.deadLetteredSearch()).append('/').append(r.poison())
                .append(" |\n")
                .append("| converged, after every service was healthy (target <= 10 s) | ")
                .append(seconds(r.convergedAfterHealthy())).append(" |\n")
                .append("| converged, after the last restart | ").append(seconds(r.convergedAfterLastRestart()))
                .append(" |\n")
                .append("| verdict | ").append(r.passed() ? "PASS" : "FAIL").append(" |\n");
        c.examples().forEach(e -> s.append("\n  ").append(e));
        return s.toString();
    }

    private static String seconds(double s) {
        return s < 0 ? "never (gave up after " + CONVERGE_LIMIT.toSeconds() + " s)" : String.format("%.1f s", s);
    }

}
