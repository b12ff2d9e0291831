package id.newsroom.article.drift;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the audit every {@code article.drift.interval} on Spring's scheduler (report only; repairing stays an
 * operator's decision). The first run waits one interval: a starting platform's read models are still catching up.
 */
@Component
class ScheduledDriftAudit implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDriftAudit.class);

    private final DriftAudit audit;
    private final DriftProperties properties;

    ScheduledDriftAudit(DriftAudit audit, DriftProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.interval().toMillis() > 0 && !properties.readModels().isEmpty()) {
            registrar
                    .addFixedDelayTask(new FixedDelayTask(this::runOnce, properties.interval(), properties.interval()));
        }
    }

    private void runOnce() {
        try {
            audit.audit(false);
        } catch (RuntimeException e) {
            log.warn("Scheduled drift audit failed", e);
        }
    }
}
