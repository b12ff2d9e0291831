package id.newsroom.media.variants;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * At most {@code concurrency} pictures in libvips at once (each vips process uses every core already); the rest wait
 * in line, counted in {@code news_media_processing_queue}.
 */
public class ProcessingGate {

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();

    public ProcessingGate(int concurrency, MeterRegistry registry) {
        this.permits = new Semaphore(Math.max(1, concurrency), true);
        Gauge.builder("news_media_processing_queue", waiting, AtomicInteger::get)
                .description("Pictures waiting for a processing slot").register(registry);
    }

    /** Work that may throw what the processing throws. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T run() throws E;
    }

    public <T, E extends Exception> T run(Job<T, E> job) throws E, InterruptedException {
        waiting.incrementAndGet();
        try {
            permits.acquire();
        } finally {
            waiting.decrementAndGet();
        }
        try {
            return job.run();
        } finally {
            permits.release();
        }
    }
}
