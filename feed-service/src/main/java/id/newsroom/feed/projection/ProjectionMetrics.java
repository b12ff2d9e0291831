package id.newsroom.feed.projection;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** news_feed_events_total{outcome} and news_feed_freshness_seconds, named as the dashboards expect. */
@Component
public class ProjectionMetrics {

    private final Counter applied;
    private final Counter stale;
    private final Counter duplicate;
    private final Counter deadLettered;
    private final Timer freshness;

    public ProjectionMetrics(MeterRegistry registry) {
        applied = outcome(registry, "applied");
        stale = outcome(registry, "stale");
        duplicate = outcome(registry, "duplicate");
        deadLettered = outcome(registry, "dead_lettered");
        freshness = Timer.builder("news.feed.freshness")
                .description("Time from an event's ce_time until its change is readable in the feed")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofSeconds(60))
                .register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("news.feed.events").description("Events consumed by the feed projection, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    public void record(ProjectionWriter.Result result, Instant readableAt) {
        result.outcomes().forEach((event, outcome) -> {
            switch (outcome) {
                case APPLIED -> {
                    applied.increment();
                    if (event.ceTime() != null) {
                        freshness.record(Duration.between(event.ceTime(), readableAt).abs());
                    }
                }
                case STALE -> stale.increment();
                case DUPLICATE -> duplicate.increment();
            }
        });
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public double appliedCount() {
        return applied.count();
    }
}
