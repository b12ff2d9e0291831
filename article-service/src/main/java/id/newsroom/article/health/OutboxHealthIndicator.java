package id.newsroom.article.health;

import id.newsroom.article.outbox.OutboxMetrics;
import id.newsroom.article.outbox.OutboxStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog, for people looking at /actuator/health. Always UP: a Kafka outage must not take the service out
 * of rotation, because writes keep succeeding and the events wait safely (the alert is on the age gauge).
 */
@Component("outbox")
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final OutboxMetrics metrics;

    public OutboxHealthIndicator(OutboxMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("pendingEvents", metrics.pending())
                .withDetail("pendingLiveEvents", metrics.pending(OutboxStore.Lane.LIVE))
                .withDetail("pendingImportEvents", metrics.pending(OutboxStore.Lane.BULK))
                .withDetail("oldestPendingAgeSeconds", metrics.oldestAgeSeconds());
    }
}
