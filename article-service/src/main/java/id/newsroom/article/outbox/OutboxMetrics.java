package id.newsroom.article.outbox;

import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.unwind;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Accumulators;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog as operators see it, per lane ({@code lane="live|bulk"}): how many events wait, and for how long
 * the oldest has waited. An archive import fills the bulk lane for minutes by design; the alerts watch the live one.
 */
@Component
public class OutboxMetrics {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OutboxMetrics.class);

    private static final Duration CACHE = Duration.ofSeconds(1);

    private final OutboxStore store;
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, new EnumMap<>(OutboxStore.Lane.class));
    private volatile long lastReadNanos;

    public OutboxMetrics(OutboxStore store, MeterRegistry meters) {
        this.store = store;
        for (OutboxStore.Lane lane : OutboxStore.Lane.values()) {
            String tag = lane.name().toLowerCase(java.util.Locale.ROOT);
            Gauge.builder("news.outbox.pending.events", this, m -> m.current().backlog(lane).pending())
                    .tag("lane", tag).description("Committed events not yet acknowledged by Kafka").register(meters);
            Gauge.builder("news.outbox.oldest.pending.age", this, m -> m.current().backlog(lane).ageSeconds())
                    .tag("lane", tag).baseUnit("seconds").description("Age of the oldest event waiting for Kafka")
                    .register(meters);
        }
    }

    /** Events waiting in both lanes. */
    public long pending() {
        Snapshot s = current();
        return s.backlog(OutboxStore.Lane.LIVE).pending() + s.backlog(OutboxStore.Lane.BULK).pending();
    }

    public long pending(OutboxStore.Lane lane) {
        return current().backlog(lane).pending();
    }

    /** How long the oldest event of either lane has waited. */
    public double oldestAgeSeconds() {
        Snapshot s = current();
        return Math.max(s.backlog(OutboxStore.Lane.LIVE).ageSeconds(), s.backlog(OutboxStore.Lane.BULK).ageSeconds());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        // Reading costs one document per waiting article: during an archive import tens of thousands. Reading at most
        // once per twenty times what the last read took keeps the gauges under 5% of the database's time.
        Duration fresh = Duration.ofNanos(Math.max(CACHE.toNanos(), 20 * lastReadNanos));
        if (s.at.plus(fresh).isBefore(Instant.now())) {
            long t0 = System.nanoTime();
            s = read();
            lastReadNanos = System.nanoTime() - t0;
            snapshot = s;
        }
        return s;
    }

    private Snapshot read() {
        try {
            Map<OutboxStore.Lane, Backlog> lanes = new EnumMap<>(OutboxStore.Lane.class);
            for (OutboxStore.Lane lane : OutboxStore.Lane.values()) {
                Document d = store.collection().aggregate(List.of(
                        match(lane.pendingFilter()),
                        unwind("$" + lane.field()),
                        group(null, Accumulators.sum("n", 1),
                                Accumulators.min("oldest", "$" + lane.field() + ".time"))))
                        .first();
                Date oldest = d == null ? null : d.getDate("oldest");
                lanes.put(lane, new Backlog(d == null ? 0 : ((Number) d.get("n")).longValue(),
                        oldest == null ? null : oldest.toInstant()));
            }
            return new Snapshot(Instant.now(), lanes);
        } catch (RuntimeException e) {
            log.debug("Could not read the outbox backlog", e);
            return snapshot; // MongoDB away: keep the last known values rather than failing the scrape
        }
    }

    private record Backlog(long pending, Instant oldest) {
        static final Backlog EMPTY = new Backlog(0, null);

        double ageSeconds() {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        }
    }

    private record Snapshot(Instant at, Map<OutboxStore.Lane, Backlog> lanes) {
        Backlog backlog(OutboxStore.Lane lane) {
            return lanes.getOrDefault(lane, Backlog.EMPTY);
        }
    }
}
