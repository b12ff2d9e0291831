package id.newsroom.launcher;

/** Stage times of a scripted browser session; {@link #pause} leaves a check (axe) out of the figure. */
final class Laps {
    private final StringBuilder stages = new StringBuilder();
    private long last = System.nanoTime();
    private long paused;
    private final long started = last;

    void lap(String stage) {
        long now = System.nanoTime();
        stages.append(stages.isEmpty() ? "" : ", ").append(stage).append(' ')
                .append(String.format("%.1f s", (now - last) / 1e9));
        last = now;
    }

    void pause(Runnable check) {
        long before = System.nanoTime();
        check.run();
        long spent = System.nanoTime() - before;
        paused += spent;
        last += spent;
    }

    double total() {
        return (System.nanoTime() - started - paused) / 1e9;
    }

    @Override
    public String toString() {
        return stages.toString();
    }
}
