package id.newsroom.media.variants;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * At most {@code concurrency} libvips jobs at once (each vips process uses every core already); the rest wait in
 * line, counted in {@code news_media_processing_queue}. Two lines: an upload's decode goes before a variant a reader
 * asked for, so readers asking for many new variants at once cannot make an editor's upload wait behind them (the
 * upload is the one with a latency target; a variant is made once and then served forever).
 */
public class ProcessingGate {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition freed = lock.newCondition();
    private final AtomicInteger waiting = new AtomicInteger();
    private int running;
    private int uploadsWaiting;

    public ProcessingGate(int concurrency, MeterRegistry registry) {
        this.capacity = Math.max(1, concurrency);
        Gauge.builder("news_media_processing_queue", waiting, AtomicInteger::get)
                .description("Jobs (upload decodes, variants readers asked for) waiting for a processing slot")
                .register(registry);
    }

    /** Work that may throw what the processing throws. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T run() throws E;
    }

    /** An upload's work: first in line. */
    public <T, E extends Exception> T run(Job<T, E> job) throws E, InterruptedException {
        return run(job, true);
    }

    /** A variant a reader asked for: after every waiting upload. */
    public <T, E extends Exception> T runAfterUploads(Job<T, E> job) throws E, InterruptedException {
        return run(job, false);
    }

    private <T, E extends Exception> T run(Job<T, E> job, boolean upload) throws E, InterruptedException {
        acquire(upload);
        try {
            return job.run();
        } finally {
            release();
        }
    }

    private void acquire(boolean upload) throws InterruptedException {
        lock.lock();
        waiting.incrementAndGet();
        if (upload) {
            uploadsWaiting++;
        }
        try {
            while (running >= capacity || !upload && uploadsWaiting > 0) {
                freed.await();
            }
            running++;
        } finally {
            if (upload && --uploadsWaiting == 0) {
                freed.signalAll(); // readers' variants may take a slot left free
            }
            waiting.decrementAndGet();
            lock.unlock();
        }
    }

    private void release() {
        lock.lock();
        try {
            running--;
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
