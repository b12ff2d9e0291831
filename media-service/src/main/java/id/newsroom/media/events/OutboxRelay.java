package id.newsroom.media.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.config.MediaProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends the events waiting in media documents to Kafka (CloudEvents binary mode, key = media id), in the order they
 * were written, and removes each once Kafka acknowledged it. Run after every write and on a schedule, so an event
 * written while Kafka was away goes out when it is back: none is lost, one may go out twice (consumers are
 * idempotent by version).
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MediaCatalog catalog;
    private final KafkaTemplate<String, String> kafka;
    private final TaskScheduler scheduler;
    private final MediaProperties.Events config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile java.util.concurrent.ScheduledFuture<?> schedule;

    public OutboxRelay(MediaCatalog catalog, KafkaTemplate<String, String> kafka, TaskScheduler scheduler,
            MediaProperties properties, MeterRegistry registry) {
        this.catalog = catalog;
        this.kafka = kafka;
        this.scheduler = scheduler;
        this.config = properties.events();
        Gauge.builder("news_media_outbox_pending_events", pending, AtomicLong::get)
                .description("Media events written but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("news_media_outbox_oldest_pending_age_seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest media event not yet acknowledged by Kafka").register(registry);
    }

    /** Relays soon, off the caller's thread (a request must not wait for Kafka). */
    public void kick() {
        scheduler.schedule(this::drain, Instant.now());
    }

    /** One pass over the pending events; a pass already running takes another turn instead. */
    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                pass();
            } while (again.get());
        } finally {
            running.set(false);
        }
    }

    private void pass() {
        long count = 0;
        try {
            for (Document doc : catalog.pending(200)) {
                List<Document> events = doc.getList("outbox", Document.class, List.of());
                count += events.size();
                for (Document e : events) {
                    send(doc.getString("_id"), PendingEvent.from(e));
                    catalog.acknowledged(doc.getString("_id"), e.getString("eventId"));
                    count--;
                }
            }
        } catch (Exception e) { // Kafka away or slow: the events stay, the next pass retries
            log.warn("Media events not relayed yet: {}", e.toString());
        } finally {
            pending.set(Math.max(0, count));
            oldestAgeSeconds.set(catalog.oldestPending()
                    .map(t -> Duration.between(t, Instant.now()).toSeconds()).orElse(0L));
        }
    }

    private void send(String mediaId, PendingEvent event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), mediaId, event.payload());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.eventId());
        header(record, "ce_source", "/media-service");
        header(record, "ce_type", event.type());
        header(record, "ce_subject", event.subject());
        header(record, "ce_time", event.time().toString());
        header(record, "content-type", "application/json");
        kafka.send(record).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::drain, Instant.now().plusSeconds(1),
                config.relayInterval());
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
