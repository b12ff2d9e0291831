package id.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/** CPU time of a process from /proc (Linux): user + system, in seconds. */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux

    private ProcessCpu() {}

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0, utime field 11, stime field 12
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Waits until the processes together use less than {@code percentOfOneCore} over a 5 s window, or the limit
     * passes; returns the seconds waited. A guard that the reads measure the read paths, not work left from the import
     * (merges, projections); in the runs so far the platform was quiet within the first 5 s window.
     */
    static double awaitQuiet(Collection<Long> pids, double percentOfOneCore, long limitSeconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (System.nanoTime() < deadline) {
            double before = total(pids);
            long t0 = System.nanoTime();
            TimeUnit.SECONDS.sleep(5);
            double percent = 100 * (total(pids) - before) / ((System.nanoTime() - t0) / 1e9);
            if (percent < percentOfOneCore) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double total(Collection<Long> pids) {
        return pids.stream().mapToDouble(ProcessCpu::seconds).filter(v -> !Double.isNaN(v)).sum();
    }
}
