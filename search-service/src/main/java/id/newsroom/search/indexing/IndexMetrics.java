package id.newsroom.search.indexing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Indexing metrics, named as Prometheus shows them: {@code news_search_events_total{outcome}},
 * {@code news_search_freshness_seconds}, {@code news_search_index_documents}, {@code news_search_index_size_bytes},
 * {@code news_search_index_lag_records}.
 */
public final class IndexMetrics {

    public enum EventOutcome {
        APPLIED("applied"), STALE("stale"), DUPLICATE("duplicate"), DEAD_LETTERED("dead_lettered");

        final String tag;

        EventOutcome(String tag) {
            this.tag = tag;
        }

        static EventOutcome of(IndexGeneration.Outcome outcome) {
            return switch (outcome) {
                case APPLIED -> APPLIED;
                case STALE -> STALE;
                case DUPLICATE -> DUPLICATE;
            };
        }
    }

    private final Map<EventOutcome, Counter> events = new EnumMap<>(EventOutcome.class);
    private final Timer freshness;

    public IndexMetrics(MeterRegistry registry, Supplier<IndexGeneration> live, Supplier<Long> lag) {
        for (EventOutcome outcome : EventOutcome.values()) {
            events.put(outcome, Counter.builder("news.search.events")
                    .description("Article events consumed by search, by outcome")
                    .tag("outcome", outcome.tag).register(registry));
        }
        freshness = Timer.builder("news.search.freshness")
                .description("From the event's ce_time to the change being searchable")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofSeconds(60))
                .register(registry);
        // Strong references: the suppliers are lambdas nobody else holds, and a weakly held one reads NaN after a GC.
        Gauge.builder("news.search.index.documents", live, g -> g.get().visibleDocuments()).strongReference(true)
                .description("Searchable (published) articles in the live index").register(registry);
        Gauge.builder("news.search.index.size", live, g -> g.get().sizeBytes()).strongReference(true)
                .baseUnit("bytes").description("Size of the live index on disk").register(registry);
        Gauge.builder("news.search.index.lag", lag, l -> l.get() < 0 ? Double.NaN : l.get()).strongReference(true)
                .baseUnit("records").description("Records of the topic not yet in the index").register(registry);
    }

    public void event(EventOutcome outcome) {
        events.get(outcome).increment();
    }

    public void event(IndexGeneration.Outcome outcome) {
        event(EventOutcome.of(outcome));
    }

    public void freshness(Duration sinceEvent) {
        freshness.record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
    }

    public double count(EventOutcome outcome) {
        return events.get(outcome).count();
    }
}
