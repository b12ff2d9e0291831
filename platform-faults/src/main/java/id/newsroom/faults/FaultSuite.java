package id.newsroom.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./faults.sh [--ops 1000] [--runs 3] [--seed S] [--per-kind K]}: runs the fault suite, prints one table per
 * run and exits non-zero unless every run passed (zero lost, ghost and stale, every poison record dead-lettered,
 * converged). Each run starts a fresh platform under {@code platform-faults/target/fault-runs/}.
 */
public final class FaultSuite {

    private FaultSuite() {}

    public static void main(String[] args) throws Exception {
        int ops = 1000;
        int runs = 3;
        long seed = System.currentTimeMillis() % 100_000;
        Integer perKind = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--ops" -> ops = Integer.parseInt(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--per-kind" -> perKind = Integer.parseInt(value);
                default -> {
                    System.err.println("Usage: ./faults.sh [--ops 1000] [--runs 3] [--seed S] [--per-kind K]");
                    System.exit(2);
                }
            }
            i++;
        }
        int drills = perKind != null ? perKind : ops >= 1000 ? 2 : 1;
        Path root = Path.of(System.getProperty("news.root", ".")).toAbsolutePath().normalize();
        List<String> tables = new ArrayList<>();
        boolean allPassed = true;
        for (int run = 1; run <= runs; run++) {
            long runSeed = seed + run - 1;
            Path dir = root.resolve("platform-faults/target/fault-runs/" + runSeed + "-" + System.currentTimeMillis());
            Files.createDirectories(dir);
            FaultRun.Result r;
            try {
                r = FaultRun.run(root, dir, ops, drills, runSeed, System.out);
            } catch (Exception e) {
                System.out.println("Run " + run + " failed: " + e);
                allPassed = false;
                continue;
            }
            String table = FaultRun.table(r, run, runs, ops);
            tables.add(table);
            System.out.println();
            System.out.println(table);
            System.out.println("(logs: " + dir.resolve("logs") + ")");
            allPassed &= r.passed();
        }
        System.out.println(allPassed ? "ALL RUNS PASSED" : "SOME RUN FAILED");
        System.exit(allPassed ? 0 : 1);
    }
}
