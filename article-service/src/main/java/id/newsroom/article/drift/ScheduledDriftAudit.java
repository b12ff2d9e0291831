package id.newsroom.article.drift;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the audit every {@code article.drift.interval} (report only; repairing stays an operator's decision). */
@Component
class ScheduledDriftAudit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDriftAudit.class);

    private final DriftAudit audit;
    private final DriftProperties properties;
    private ScheduledExecutorService timer;

    ScheduledDriftAudit(DriftAudit audit, DriftProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        long every = properties.interval().toMillis();
        if (every <= 0 || properties.readModels().isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "drift-audit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            audit.audit(false);
        } catch (RuntimeException e) {
            log.warn("Scheduled drift audit failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
