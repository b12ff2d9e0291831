package id.newsroom.article.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import id.newsroom.article.config.ArticleProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Moves pending events from article documents to Kafka through a {@link KafkaTemplate}. Events of one article are sent
 * in version order (key = article id, so one partition, one event per article in flight), and each is removed from its
 * document only after Kafka acknowledged it (acks=all, idempotent producer). While Kafka is away writes keep
 * succeeding; the relay backs off and retries, and nothing is lost because the events stay in MongoDB until
 * acknowledged. A crash between ack and removal re-sends: delivery is at-least-once and consumers drop versions they
 * already hold. Passes run on Spring's {@link TaskScheduler}: every {@code article.outbox.poll-interval} (events
 * committed by another instance) and at once after a commit here ({@link #wakeUp}); see {@link RelayPasses}.
 */
@Component
@ConditionalOnProperty(name = "article.outbox.enabled", havingValue = "true", matchIfMissing = true)
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final OutboxStore store;
    private final ArticleProperties.Outbox config;
    private final String bootstrapServers;
    private final RelayLease lease;
    private final Counter published;
    private final Counter failures;
    private final RelayPasses passes;
    private DefaultKafkaProducerFactory<String, byte[]> producers;
    private KafkaTemplate<String, byte[]> kafka;

    public OutboxRelay(OutboxStore store, ArticleProperties properties, MongoClient client,
            @Value("${spring.mongodb.database:articles}") String database,
            @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}") String bootstrapServers,
            @Value("${HOSTNAME:localhost}:${server.port:8081}") String instance,
            MeterRegistry meters, TaskScheduler scheduler) {
        this.store = store;
        this.config = properties.outbox();
        this.lease = new RelayLease(client.getDatabase(database).getCollection("locks"), config.lease(),
                instance.endsWith(":0") ? java.util.UUID.randomUUID().toString() : instance); // port 0: tests
        this.passes = new RelayPasses(scheduler, () -> lease.holds() ? relayOnce() : 0, config.pollInterval(),
                config.maxBackoff());
        this.bootstrapServers = bootstrapServers;
        this.published = Counter.builder("news.outbox.published.events")
                .description("Events Kafka acknowledged").register(meters);
        this.failures = Counter.builder("news.outbox.publish.failures")
                .description("Failed relay attempts (Kafka unreachable or refusing)").register(meters);
    }

    /** Called after a commit so the event goes out now rather than at the next poll. */
    public void wakeUp() {
        passes.wakeUp();
    }

    @Override
    public synchronized void start() {
        producers = new DefaultKafkaProducerFactory<>(RelayRecords.producerConfig(config, bootstrapServers),
                new StringSerializer(),
                new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(5); // seconds; what is not acknowledged by then stays in the outbox
        kafka = new KafkaTemplate<>(producers);
        producers.createProducer(); // now, not with the first event after start (the shared producer stays open)
        passes.start();
    }

    @Override
    public synchronized void stop() {
        passes.stop(STOP_GRACE);
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("Could not release the relay lease; it will expire", e);
        }
        if (producers != null) {
            producers.destroy();
        }
    }

    @Override
    public boolean isRunning() {
        return passes.isRunning();
    }

    /**
     * One pass: send the oldest pending event of each article in a batch, then remove the acknowledged ones. The live
     * lane fills the batch first; archive imports take what is left, at most {@code bulkBatchSize}, so a pass behind
     * which an editor's change waits stays short. Only one event per article is in flight at a time: if version n
     * failed (say, expired just as Kafka came back) while n+1 went through, the topic would show n+1 before n. The
     * next version goes out in the next pass, right after; versions are taken across both lanes, so an article's
     * import and its later edit still leave in order.
     */
    int relayOnce() throws InterruptedException {
        List<Document> docs = store.withPendingEvents(OutboxStore.Lane.LIVE, config.batchSize());
        Set<String> live = new HashSet<>();
        docs.forEach(d -> live.add(d.getString("_id")));
        int room = Math.min(config.bulkBatchSize(), config.batchSize() - docs.size());
        for (Document d : store.withPendingEvents(OutboxStore.Lane.BULK, room)) {
            if (!live.contains(d.getString("_id"))) {
                docs.add(d);
            }
        }
        List<Sending> sendings = new ArrayList<>();
        for (Document doc : docs) {
            PendingEvent oldest = OutboxStore.pendingEvents(doc).stream().findFirst().orElse(null);
            if (oldest == null) {
                continue;
            }
            CompletableFuture<SendResult<String, byte[]>> future;
            try {
                future = kafka.send(RelayRecords.record(config, oldest));
            } catch (RuntimeException sendFailed) {
                // No metadata or buffer full: Kafka is away. Stop sending; what was sent is still awaited below.
                sendings.add(new Sending(doc.getString("_id"), oldest, CompletableFuture.failedFuture(sendFailed)));
                break;
            }
            sendings.add(new Sending(doc.getString("_id"), oldest, future));
        }
        Map<String, String> acknowledged = new LinkedHashMap<>();
        RuntimeException firstFailure = null;
        long waitMs = config.deliveryTimeout().toMillis() + 5_000; // the producer gives up first
        for (Sending s : sendings) {
            try {
                s.future.get(waitMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures.increment();
                if (firstFailure == null) {
                    firstFailure = new IllegalStateException("Kafka did not acknowledge event " + s.event.id()
                            + " of article " + s.articleId, e);
                }
                continue;
            }
            acknowledged.put(s.articleId, s.event.id());
        }
        store.markSent(acknowledged);
        published.increment(acknowledged.size());
        if (firstFailure != null) {
            throw firstFailure;
        }
        return acknowledged.size();
    }

    private record Sending(String articleId, PendingEvent event,
            CompletableFuture<SendResult<String, byte[]>> future) {}
}
