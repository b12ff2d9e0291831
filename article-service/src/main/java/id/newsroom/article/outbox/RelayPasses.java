package id.newsroom.article.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;

/**
 * When the relay passes run, on Spring's {@link TaskScheduler}: every poll interval (events committed by another
 * instance), at once after a wake-up (a commit here), one pass at a time, again and again while a pass sends something
 * or a wake-up came during it (so none is lost), and after a failure only once an exponential back-off has passed.
 */
final class RelayPasses {

    /** One pass: how many events it sent (0: nothing pending); throws when Kafka or MongoDB failed. */
    interface Pass {
        int run() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(RelayPasses.class);

    private final TaskScheduler scheduler;
    private final Pass pass;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final AtomicBoolean wokenUp = new AtomicBoolean();
    private final ReentrantLock passing = new ReentrantLock();
    private volatile boolean running;
    private volatile Thread passThread;
    private volatile long retryAt = System.nanoTime();
    private int failuresInRow; // guarded by passing
    private ScheduledFuture<?> polls;

    RelayPasses(TaskScheduler scheduler, Pass pass, Duration pollInterval, Duration maxBackoff) {
        this.scheduler = scheduler;
        this.pass = pass;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
    }

    synchronized void start() {
        running = true;
        polls = scheduler.scheduleWithFixedDelay(this::drain, pollInterval);
    }

    /** A pass now; the pass running, if any, sees the wake-up and goes on. */
    void wakeUp() {
        wokenUp.set(true);
        drainSoon();
    }

    /**
     * No pass after this; the one in flight may finish within {@code grace} (its events are sent, and removing them
     * from the outbox now keeps the next start from sending them again), else it is interrupted (a pass stuck on an
     * absent Kafka: its events stay pending, nothing is lost).
     */
    synchronized void stop(Duration grace) {
        running = false;
        if (polls != null) {
            polls.cancel(false);
        }
        try {
            if (!passing.tryLock(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Thread stuck = passThread;
                if (stuck != null) {
                    stuck.interrupt();
                }
                passing.tryLock(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (passing.isHeldByCurrentThread()) {
                passing.unlock();
            }
        }
    }

    boolean isRunning() {
        return running;
    }

    private void drainSoon() {
        if (!running) {
            return;
        }
        try {
            scheduler.schedule(this::drain, Instant.now());
        } catch (TaskRejectedException e) {
            log.debug("Scheduler shutting down; the event stays in the outbox for the next start", e);
        }
    }

    private void drain() {
        if (!running || System.nanoTime() - retryAt < 0 || !passing.tryLock()) {
            return;
        }
        passThread = Thread.currentThread();
        try {
            int sent;
            do {
                wokenUp.set(false);
                sent = pass.run();
                failuresInRow = 0;
            } while (running && (sent > 0 || wokenUp.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop() gave up waiting: what was not acknowledged stays pending
        } catch (RuntimeException e) {
            failuresInRow++;
            long backoff = Math.min(maxBackoff.toMillis(), 250L << Math.min(failuresInRow, 8));
            retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff);
            log.warn("Outbox relay failed ({} in a row), retrying in {} ms: {}", failuresInRow, backoff, e.toString());
        } finally {
            passThread = null;
            passing.unlock();
        }
        if (wokenUp.get() && failuresInRow == 0) {
            drainSoon(); // woken between the last pass and the unlock: that wake-up's drain found the lock taken
        }
    }
}
