package id.newsroom.faults;

import java.time.Duration;

/** The pace of a polling loop or of a drill (how long a process stays down): never a test's wait for a condition. */
final class Pause {

    private Pause() {}

    static void of(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
