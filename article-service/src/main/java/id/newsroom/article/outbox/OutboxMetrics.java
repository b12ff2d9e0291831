package id.newsroom.article.outbox;

import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.unwind;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Accumulators;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The outbox backlog as operators see it: how many events wait, and for how long the oldest has waited. */
@Component
public class OutboxMetrics {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OutboxMetrics.class);

    private static final Duration CACHE = Duration.ofSeconds(1);

    private final OutboxStore store;
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, 0, null);
    private volatile long lastReadNanos;

    public OutboxMetrics(OutboxStore store, MeterRegistry meters) {
        this.store = store;
        Gauge.builder("news.outbox.pending.events", this, m -> m.current().pending)
                .description("Committed events not yet acknowledged by Kafka").register(meters);
        Gauge.builder("news.outbox.oldest.pending.age", this, m -> m.current().ageSeconds())
                .baseUnit("seconds").description("Age of the oldest event waiting for Kafka").register(meters);
    }

    public long pending() {
        return current().pending;
    }

    public double oldestAgeSeconds() {
        return current().ageSeconds();
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
            Document d = store.collection().aggregate(List.of(
                    match(OutboxStore.pendingFilter()),
                    unwind("$outbox"),
                    group(null, Accumulators.sum("n", 1), Accumulators.min("oldest", "$outbox.time")))).first();
            if (d == null) {
                return new Snapshot(Instant.now(), 0, null);
            }
            Date oldest = d.getDate("oldest");
            return new Snapshot(Instant.now(), ((Number) d.get("n")).longValue(),
                    oldest == null ? null : oldest.toInstant());
        } catch (RuntimeException e) {
            log.debug("Could not read the outbox backlog", e);
            return snapshot; // MongoDB away: keep the last known values rather than failing the scrape
        }
    }

    private record Snapshot(Instant at, long pending, Instant oldest) {
        double ageSeconds() {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        }
    }
}
