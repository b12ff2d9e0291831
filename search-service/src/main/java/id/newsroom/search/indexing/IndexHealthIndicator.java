package id.newsroom.search.indexing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of search: the indexer runs and the index is within {@code maxLag} records of the topic's end (so a
 * fresh replica takes no traffic until it has caught up).
 */
public class IndexHealthIndicator implements HealthIndicator {

    private final IndexingService indexing;
    private final long maxLag;

    public IndexHealthIndicator(IndexingService indexing, long maxLag) {
        this.indexing = indexing;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        IndexConsumer consumer = indexing.consumer();
        IndexGeneration live = indexing.store().current();
        long lag = consumer.lag();
        boolean ready = consumer.isRunning() && lag >= 0 && lag <= maxLag;
        Health.Builder health = ready ? Health.up() : Health.outOfService();
        health.withDetail("generation", live.name())
                .withDetail("lag", lag)
                .withDetail("maxLag", maxLag)
                .withDetail("documents", live.visibleDocuments())
                .withDetail("committedOffsets", live.committedOffsets())
                .withDetail("consumerRunning", consumer.isRunning());
        if (consumer.lastPoll() != null) {
            health.withDetail("lastPoll", consumer.lastPoll().toString());
        }
        return health.build();
    }
}
