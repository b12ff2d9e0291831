package id.newsroom.search.indexing;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that feeds the live index. It assigns itself every partition of the topic (each replica keeps a full
 * index), seeks to the offsets stored in the last Lucene commit (or to the beginning of an empty index), applies
 * records, refreshes the searcher within {@code refreshInterval} and commits documents together with offsets every
 * {@code commitInterval}. Offsets are also reported to the consumer group, for lag dashboards only.
 */
public final class IndexConsumer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(IndexConsumer.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration LAG_CHECK = Duration.ofSeconds(2);

    /** What a reindex hands over: the new generation, swapped in by this thread between two polls. */
    private record Swap(IndexGeneration generation, CompletableFuture<Void> done) {
    }

    private final Map<String, Object> consumerProperties;
    private final IndexStore store;
    private final EventApplier applier;
    private final IndexMetrics metrics;
    private final Duration refreshInterval;
    private final Duration commitInterval;
    private final String topic;
    private volatile RecordTracing tracing = RecordTracing.NONE;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Instant> awaitingVisibility = new ArrayList<>();

    private volatile boolean running = true;
    private volatile boolean commitOnStop = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Swap pendingSwap;
    private volatile long lag = -1;
    private volatile boolean caughtUp;
    private volatile Instant lastPoll;

    private long lastRefresh;
    private long lastCommit;
    private long lastLagCheck;
    private boolean refreshPending;

    public IndexConsumer(Map<String, Object> kafkaConsumerProperties, String group, IndexStore store,
            EventApplier applier, IndexMetrics metrics, Duration refreshInterval, Duration commitInterval,
            int maxPollRecords) {
        Map<String, Object> props = new HashMap<>(kafkaConsumerProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        // A fetch returns as soon as a record arrives; the wait only sets how often an idle indexer asks the broker.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1000);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Reading must never create the topic (with broker defaults instead of compacted partitions).
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // A stored offset the topic no longer has: read again from the start (versions make that harmless).
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "search-service-indexer");
        this.consumerProperties = props;
        this.store = store;
        this.applier = applier;
        this.metrics = metrics;
        this.refreshInterval = refreshInterval;
        this.commitInterval = commitInterval;
        this.topic = store.topic();
    }

    @Override
    public void run() {
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties)) {
            consumer = kafka;
            boolean assigned = false;
            while (running) {
                try {
                    if (!assigned) {
                        assign(kafka, store.current());
                        assigned = true;
                        lastCommit = System.nanoTime();
                        lastRefresh = lastCommit;
                    }
                    if (!poll(kafka)) {
                        TimeUnit.MILLISECONDS.sleep(500); // back off before reading the failed record again
                    }
                } catch (WakeupException e) {
                    // stop() woke us up; the loop condition decides
                } catch (KafkaException e) {
                    // The broker is away or the topic is missing: the index keeps serving what it has.
                    log.warn("Kafka unavailable for the search indexer ({}); retrying", e.toString());
                    TimeUnit.SECONDS.sleep(1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Search indexer stopped", e);
        } finally {
            finish();
            stopped.countDown();
        }
    }

    /** One poll, its records applied and the housekeeping done; false when a record must be retried later. */
    private boolean poll(KafkaConsumer<byte[], byte[]> kafka) {
        Swap swap = pendingSwap;
        if (swap != null) {
            swapIn(kafka, swap);
        }
        ConsumerRecords<byte[], byte[]> records = kafka.poll(POLL);
        lastPoll = Instant.now();
        IndexGeneration generation = store.current();
        boolean retry = apply(kafka, generation, records);
        housekeeping(kafka, generation, records.count());
        return !retry;
    }

    private boolean apply(KafkaConsumer<byte[], byte[]> kafka, IndexGeneration generation,
            ConsumerRecords<byte[], byte[]> records) {
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                try {
                    // One line per live event, inside the writer's trace: its trace id joins the three services' logs.
                    Instant ceTime = tracing.around(record, () -> {
                        Instant applied = applier.apply(generation, record);
                        log.info("Consumed {}-{}@{} (article {}){}", record.topic(), record.partition(), record.offset(),
                                record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8),
                                applied != null ? ", indexed" : "");
                        return applied;
                    });
                    generation.markConsumed(partition.partition(), record.offset() + 1);
                    refreshPending = true;
                    if (ceTime != null) {
                        awaitingVisibility.add(ceTime);
                    }
                } catch (RetryLaterException e) {
                    log.warn("Will retry {}-{}@{}: {}", partition.topic(), partition.partition(), record.offset(),
                            e.getMessage());
                    kafka.seek(partition, record.offset());
                    retry = true;
                    break;
                }
            }
        }
        return retry;
    }

    private void housekeeping(KafkaConsumer<byte[], byte[]> kafka, IndexGeneration generation, int polled) {
        long now = System.nanoTime();
        try {
            // Refresh as soon as the topic is drained; under a steady stream at most every refreshInterval.
            if (refreshPending && (polled == 0 || now - lastRefresh >= refreshInterval.toNanos())) {
                generation.refresh();
                lastRefresh = now;
                refreshPending = false;
                Instant visible = Instant.now();
                for (Instant ceTime : awaitingVisibility) {
                    metrics.freshness(Duration.between(ceTime, visible));
                }
                awaitingVisibility.clear();
            }
            if (generation.isDirty() && now - lastCommit >= commitInterval.toNanos()) {
                generation.commit();
                lastCommit = now;
                reportToGroup(kafka, generation.committedOffsets());
            }
        } catch (IOException e) {
            log.error("Index refresh or commit failed; will try again", e);
        }
        if (polled == 0 || now - lastLagCheck >= LAG_CHECK.toNanos()) {
            updateLag(kafka, now);
        }
    }

    private void updateLag(KafkaConsumer<byte[], byte[]> kafka, long now) {
        long total = 0;
        Collection<TopicPartition> assigned = kafka.assignment();
        boolean known = true;
        for (TopicPartition partition : assigned) {
            OptionalLong partitionLag = kafka.currentLag(partition);
            if (partitionLag.isEmpty()) {
                known = false;
                break;
            }
            total += partitionLag.getAsLong();
        }
        if (!known || now - lastLagCheck >= LAG_CHECK.toNanos()) {
            try {
                Map<TopicPartition, Long> ends = kafka.endOffsets(assigned, Duration.ofSeconds(2));
                total = 0;
                for (TopicPartition partition : assigned) {
                    total += Math.max(0, ends.getOrDefault(partition, 0L) - kafka.position(partition, Duration.ofSeconds(2)));
                }
                known = true;
            } catch (KafkaException e) {
                known = false; // broker away: keep the last known lag
            }
            lastLagCheck = now;
        }
        if (known) {
            lag = total;
            if (total == 0 && !refreshPending) {
                caughtUp = true;
            }
        }
    }

    private void reportToGroup(KafkaConsumer<byte[], byte[]> kafka, Map<Integer, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        offsets.forEach((partition, offset) -> commit.put(new TopicPartition(topic, partition), new OffsetAndMetadata(offset)));
        if (!commit.isEmpty()) {
            kafka.commitAsync(commit, (result, error) -> {
                if (error != null) {
                    log.debug("Reporting offsets to the consumer group failed: {}", error.toString());
                }
            });
        }
    }

    /** Every partition of the topic, each at the generation's offset or at the beginning. */
    private void assign(KafkaConsumer<byte[], byte[]> kafka, IndexGeneration generation) {
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new KafkaException("topic " + topic + " has no partitions yet");
        }
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        kafka.assign(partitions);
        seek(kafka, generation);
        log.info("Indexing {} partitions of {} into {} from offsets {}", partitions.size(), topic, generation.name(),
                generation.committedOffsets());
    }

    private static void seek(KafkaConsumer<byte[], byte[]> kafka, IndexGeneration generation) {
        Map<Integer, Long> offsets = generation.offsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : kafka.assignment()) {
            Long offset = offsets.get(partition.partition());
            if (offset == null) {
                fromStart.add(partition);
            } else {
                kafka.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) { // an empty list would rewind every assigned partition
            kafka.seekToBeginning(fromStart);
        }
    }

    private void swapIn(KafkaConsumer<byte[], byte[]> kafka, Swap swap) {
        pendingSwap = null;
        try {
            swap.generation().refresh();
            store.activate(swap.generation());
            seek(kafka, swap.generation());
            awaitingVisibility.clear();
            refreshPending = false;
            log.info("Swapped in index generation {} at offsets {}", swap.generation().name(), swap.generation().offsets());
            swap.done().complete(null);
        } catch (IOException | RuntimeException e) {
            swap.done().completeExceptionally(e);
        }
    }

    public void setTracing(RecordTracing tracing) {
        this.tracing = tracing;
    }

    /** Asks this thread to make {@code generation} (fully built and committed) the live index. */
    public CompletableFuture<Void> requestSwap(IndexGeneration generation) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("indexer is stopping"));
            return done;
        }
        pendingSwap = new Swap(generation, done);
        return done;
    }

    private void finish() {
        Swap swap = pendingSwap;
        if (swap != null) {
            swap.done().completeExceptionally(new IllegalStateException("indexer stopped"));
        }
        IndexGeneration generation = store.current();
        try {
            if (commitOnStop && generation.isDirty()) {
                generation.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Final index commit failed; the index resumes from its previous commit", e);
        }
    }

    public void stop(Duration timeout) {
        running = false;
        KafkaConsumer<byte[], byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
        try {
            stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops as a crash would: nothing after the last periodic commit is made durable. */
    public void halt(Duration timeout) {
        commitOnStop = false;
        stop(timeout);
    }

    /** Records still to index across all partitions; -1 until first known. */
    public long lag() {
        return lag;
    }

    /** Whether the index has reached the end of the topic at least once since start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public Instant lastPoll() {
        return lastPoll;
    }

    public boolean isRunning() {
        return running && stopped.getCount() > 0;
    }
}
