package id.newsroom.search.indexing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

import id.newsroom.defaults.replay.BoundedReplay;
import id.newsroom.defaults.replay.ReplayRange;

/**
 * The operator's full rebuild of the index: builds a new generation from offset 0 beside the live index, which keeps
 * serving and updating meanwhile, then hands it to the live consumer, which swaps it in between two polls and
 * continues from the new generation's offsets.
 *
 * <p>The read is a {@link BoundedReplay} (read_committed: an aborted outbox write is never indexed).
 */
public final class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    public enum State {
        IDLE, RUNNING, COMPLETED, FAILED
    }

    /** What operators see. */
    public record Status(State state, String generation, Instant startedAt, Instant finishedAt, Long durationMs,
            Long records, String error) {}

    private final ConsumerFactory<byte[], byte[]> consumers;
    private final IndexStore store;
    private final IndexConsumer live;
    private ExecutorService workers;
    private volatile Status status = new Status(State.IDLE, null, null, null, null, null, null);

    public IndexRebuild(Map<String, Object> kafkaConsumerProperties, IndexStore store, IndexConsumer live) {
        Map<String, Object> props = new HashMap<>(kafkaConsumerProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // reads by assignment, reports to no group
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-service-rebuild");
        this.consumers = BoundedReplay.byteConsumers(props);
        this.store = store;
        this.live = live;
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean start() {
        if (status.state() == State.RUNNING) {
            return false;
        }
        status = new Status(State.RUNNING, null, Instant.now(), null, null, null, null);
        Thread thread = new Thread(this::run, "search-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    public Status status() {
        return status;
    }

    private void run() {
        Instant started = status.startedAt();
        long startNanos = System.nanoTime();
        IndexGeneration generation = null;
        try {
            generation = store.createGeneration();
            long records = build(generation);
            // One segment before it goes live: every search looks up each of its terms once per segment and sets up
            // scorers per segment, which cost a third of a search over the ~8 segments indexing leaves.
            generation.forceMerge(1);
            generation.commit();
            live.requestSwap(generation).get(2, TimeUnit.MINUTES);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            status = new Status(State.COMPLETED, generation.name(), started, Instant.now(), millis, records, null);
            log.info("Rebuild into {} completed: {} records in {} ms", generation.name(), records, millis);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.error("Rebuild failed; the live index stays as it was", e);
            if (generation != null && generation != store.current()) {
                store.discard(generation);
            }
            status = new Status(State.FAILED, null, started, Instant.now(), null, null, e.toString());
        }
    }

    /** Reads the topic from the beginning until the generation has caught up with its end. */
    private long build(IndexGeneration generation) {
        EventApplier applier = new EventApplier(null); // not counted: the live consumer counts events
        long records = 0;
        workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "search-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Integer, Long> reached = Map.of(); // nothing yet: the first read starts at the beginning
            // Chase the end: the live topic keeps growing while we read, so read on to the new end once there. The
            // live consumer takes over from the generation's offsets, so stopping short loses nothing.
            for (int round = 0; round < 5; round++) {
                BoundedReplay.Result read = new BoundedReplay<>(consumers,
                        ReplayRange.wholeTopic(store.topic()).from(reached))
                        .run(batch -> applyInParallel(generation, applier, batch));
                records += read.records();
                boolean grew = !read.ends().equals(reached);
                reached = read.ends();
                if (!grew) {
                    break;
                }
            }
            // Offsets of partitions without records still need to be remembered.
            reached.forEach(generation::markConsumed);
        } finally {
            workers.shutdownNow();
        }
        return records;
    }

    /** Partitions side by side (an article's events share a partition, so their order holds). */
    private void applyInParallel(IndexGeneration generation, EventApplier applier,
            BoundedReplay.Batch<byte[], byte[]> batch) {
        List<Future<?>> work = new ArrayList<>();
        for (List<ConsumerRecord<byte[], byte[]>> records : batch.byPartition().values()) {
            work.add(workers.submit(() -> {
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    try {
                        applier.apply(generation, record);
                    } catch (PoisonEventException e) {
                        // the live consumer dead-lettered it when it first met it
                    }
                    generation.markConsumed(record.partition(), record.offset() + 1);
                }
            }));
        }
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("rebuild failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
