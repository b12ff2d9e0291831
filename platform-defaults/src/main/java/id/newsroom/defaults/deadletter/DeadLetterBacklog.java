package id.newsroom.defaults.deadletter;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * {@code news_dead_letters_waiting{topic}}: the service's dead letters that nobody has replayed yet, what an operator
 * acts on. Counted from offsets on the service's task scheduler, never on the scrape: a slow or absent broker leaves
 * the last count (NaN before the first) instead of stalling {@code /actuator/prometheus}.
 */
public class DeadLetterBacklog implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(DeadLetterBacklog.class);

    private final DeadLetterReplay replay;
    private final @Nullable TaskScheduler scheduler;
    private final Duration every;
    private final AtomicReference<Double> waiting = new AtomicReference<>(Double.NaN);
    private volatile ScheduledFuture<?> refreshing;

    /** Counts every {@code every} on {@code scheduler}; without one (no @EnableScheduling) it does not count. */
    public DeadLetterBacklog(DeadLetterReplay replay, String topic, MeterRegistry registry,
            @Nullable TaskScheduler scheduler, Duration every) {
        this.replay = replay;
        this.scheduler = scheduler;
        this.every = every;
        Gauge.builder("news.dead.letters.waiting", waiting, AtomicReference::get).tag("topic", topic)
                .description("Dead letters not replayed yet (refreshed every " + every + ")").register(registry);
    }

    void refresh() {
        try {
            waiting.set((double) replay.waiting());
        } catch (RuntimeException e) {
            log.debug("Could not count the dead letters waiting (keeping the last count): " + e.getMessage());
        }
    }

    double waiting() {
        return waiting.get();
    }

    @Override
    public void start() {
        if (scheduler == null) {
            log.warn("No TaskScheduler (@EnableScheduling): news_dead_letters_waiting is not counted");
            return;
        }
        refreshing = scheduler.scheduleWithFixedDelay(this::refresh, every);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> r = refreshing;
        if (r != null) {
            r.cancel(false);
        }
        refreshing = null;
    }

    @Override
    public boolean isRunning() {
        return refreshing != null;
    }
}
