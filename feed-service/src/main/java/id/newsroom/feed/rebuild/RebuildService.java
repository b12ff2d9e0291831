package id.newsroom.feed.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import id.newsroom.defaults.replay.BoundedReplay;
import id.newsroom.defaults.replay.ReplayRange;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.EventDecoder;
import id.newsroom.feed.projection.IncomingEvent;
import id.newsroom.feed.projection.PoisonEventException;
import id.newsroom.feed.projection.ProjectionWriter;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.timeline.FirstPageCache;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the read model from offset 0 of the compacted topic into a side collection, then switches readers to it.
 * While it runs, the live consumer writes every new event to both collections, and the replay stops at the end
 * offsets taken after that dual writing began, so the side collection misses nothing. Writes are idempotent by
 * version, so the overlap is harmless. Readers keep the complete old collection until the switch.
 *
 * <p>The replay is a {@link BoundedReplay} (read_committed: an aborted outbox write is never replayed).
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    /** {@code percent}: how far the replay is through the topic's offsets (compaction leaves gaps in them). */
    public record Status(State state, String collection, long records, long applied, long skipped, int percent,
            Instant startedAt, Instant finishedAt, String error) {}

    private final ReadModel readModel;
    private final ProjectionWriter writer;
    private final EventDecoder decoder;
    private final FirstPageCache cache;
    private final FeedProperties props;
    private final ConsumerFactory<byte[], byte[]> consumers;
    private final Duration announceWait;
    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status(State.IDLE, null, 0, 0, 0, 0, null, null, null));

    public RebuildService(ReadModel readModel, ProjectionWriter writer, EventDecoder decoder, FirstPageCache cache,
            FeedProperties props, @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${feed.readmodel.pointer-refresh:5s}") Duration pointerRefresh) {
        this.announceWait = pointerRefresh.multipliedBy(2);
        this.readModel = readModel;
        this.writer = writer;
        this.decoder = decoder;
        this.cache = cache;
        this.props = props;
        this.consumers = BoundedReplay.byteConsumers(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000));
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
        Status running = new Status(State.RUNNING, collection, 0, 0, 0, 0, Instant.now(), null, null);
        status.set(running);
        readModel.startBuilding(collection);
        Thread t = new Thread(() -> run(running), "feed-rebuild");
        t.setDaemon(true);
        t.start();
        return running;
    }

    private void run(Status s) {
        Tally tally = new Tally();
        BoundedReplay<byte[], byte[]> replay = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(props.topic()));
        try {
            // Let every instance see the announced side collection and start writing to it before the end offsets
            // are taken: any event they consumed without writing it there lies below those offsets and is replayed.
            Thread.sleep(announceWait.toMillis());
            var target = readModel.database().getCollection(s.collection());
            // Events after the end offsets reach the side collection through the live consumer.
            replay.run(batch -> {
                List<IncomingEvent> events = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : batch.records()) {
                    tally.records++;
                    try {
                        events.add(decoder.decode(r.value(), header(r, "ce_type"), header(r, "ce_subject"),
                                header(r, "ce_id"), header(r, "ce_time")));
                    } catch (PoisonEventException ex) {
                        tally.skipped++; // already dead-lettered by the live consumer when it first met it
                    }
                }
                if (!events.isEmpty()) {
                    tally.applied += writer.apply(events, target).count(ProjectionWriter.Outcome.APPLIED);
                }
                status.set(tally.status(State.RUNNING, s, replay.progress().percent(), null, null));
            });
            readModel.switchToBuilding();
            cache.invalidate();
            status.set(tally.status(State.DONE, s, 100, Instant.now(), null));
            log.info("Read model rebuilt into {} from {} records ({} applied, {} skipped) and switched", s.collection(),
                    tally.records, tally.applied, tally.skipped);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            readModel.abandonBuilding();
            status.set(tally.status(State.FAILED, s, replay.progress().percent(), Instant.now(), "interrupted"));
        } catch (RuntimeException ex) {
            log.error("Rebuild into {} failed; readers stay on {}", s.collection(), readModel.activeName(), ex);
            readModel.abandonBuilding();
            status.set(tally.status(State.FAILED, s, replay.progress().percent(), Instant.now(), ex.getMessage()));
        }
    }

    /** What the replay did so far (written by the replaying thread only). */
    private static final class Tally {
        long records;
        long applied;
        long skipped;

        Status status(State state, Status s, int percent, Instant finishedAt, String error) {
            return new Status(state, s.collection(), records, applied, skipped, percent, s.startedAt(), finishedAt,
                    error);
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
