package id.newsroom.feed.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.EventDecoder;
import id.newsroom.feed.projection.IncomingEvent;
import id.newsroom.feed.projection.PoisonEventException;
import id.newsroom.feed.projection.ProjectionWriter;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.timeline.FirstPageCache;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the read model from offset 0 of the compacted topic into a side collection, then switches readers to it.
 * While it runs, the live consumer writes every new event to both collections, and the replay stops at the end
 * offsets taken after that dual writing began, so the side collection misses nothing. Writes are idempotent by
 * version, so the overlap is harmless. Readers keep the complete old collection until the switch.
 *
 * <p>The replay is a bounded read (from the beginning up to the end offsets, then stop), so it polls a consumer from
 * Spring Kafka's {@link ConsumerFactory} itself: a listener container runs until stopped, and stopping one from its
 * own listener at the end offsets would take more code than the loop below.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    public record Status(State state, String collection, long records, long applied, long skipped,
            Instant startedAt, Instant finishedAt, String error) {}

    private final ReadModel readModel;
    private final ProjectionWriter writer;
    private final EventDecoder decoder;
    private final FirstPageCache cache;
    private final FeedProperties props;
    private final ConsumerFactory<byte[], byte[]> consumers;
    private final Duration announceWait;
    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status(State.IDLE, null, 0, 0, 0, null, null, null));

    public RebuildService(ReadModel readModel, ProjectionWriter writer, EventDecoder decoder, FirstPageCache cache,
            FeedProperties props, @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${feed.readmodel.pointer-refresh:5s}") Duration pointerRefresh) {
        this.announceWait = pointerRefresh.multipliedBy(2);
        this.readModel = readModel;
        this.writer = writer;
        this.decoder = decoder;
        this.cache = cache;
        this.props = props;
        this.consumers = new DefaultKafkaConsumerFactory<>(consumerConfig(brokers));
    }

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild in the background; returns the current status (unchanged if one is already running). */
    public synchronized Status start() {
        if (status.get().state() == State.RUNNING) {
            return status.get();
        }
        String collection = "articles_" + System.currentTimeMillis();
        Status running = new Status(State.RUNNING, collection, 0, 0, 0, Instant.now(), null, null);
        status.set(running);
        readModel.startBuilding(collection);
        Thread t = new Thread(() -> run(running), "feed-rebuild");
        t.setDaemon(true);
        t.start();
        return running;
    }

    private void run(Status s) {
        long records = 0;
        long applied = 0;
        long skipped = 0;
        try (Consumer<byte[], byte[]> consumer = consumers.createConsumer()) {
            // Let every instance see the announced side collection and start writing to it before the end offsets
            // are taken: any event they consumed without writing it there lies below those offsets and is replayed.
            Thread.sleep(announceWait.toMillis());
            List<TopicPartition> partitions = consumer.partitionsFor(props.topic(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions));
            var target = readModel.database().getCollection(s.collection());
            while (!caughtUp(consumer, end)) {
                List<IncomingEvent> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // newer events reach the side collection through the live consumer
                    }
                    records++;
                    try {
                        batch.add(decoder.decode(r.value(), header(r, "ce_type"), header(r, "ce_subject"),
                                header(r, "ce_id"), header(r, "ce_time")));
                    } catch (PoisonEventException ex) {
                        skipped++; // already dead-lettered by the live consumer when it first met it
                    }
                }
                if (!batch.isEmpty()) {
                    applied += writer.apply(batch, target).count(ProjectionWriter.Outcome.APPLIED);
                }
                status.set(new Status(State.RUNNING, s.collection(), records, applied, skipped, s.startedAt(), null,
                        null));
            }
            readModel.switchToBuilding();
            cache.invalidate();
            status.set(new Status(State.DONE, s.collection(), records, applied, skipped, s.startedAt(), Instant.now(),
                    null));
            log.info("Read model rebuilt into {} from {} records ({} applied, {} skipped) and switched", s.collection(),
                    records, applied, skipped);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            readModel.abandonBuilding();
            status.set(new Status(State.FAILED, s.collection(), records, applied, skipped, s.startedAt(), Instant.now(),
                    "interrupted"));
        } catch (RuntimeException ex) {
            log.error("Rebuild into {} failed; readers stay on {}", s.collection(), readModel.activeName(), ex);
            readModel.abandonBuilding();
            status.set(new Status(State.FAILED, s.collection(), records, applied, skipped, s.startedAt(), Instant.now(),
                    ex.getMessage()));
        }
    }

    private static boolean caughtUp(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> consumerConfig(String brokers) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
