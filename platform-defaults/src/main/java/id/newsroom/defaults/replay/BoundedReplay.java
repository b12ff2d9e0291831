package id.newsroom.defaults.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * One bounded read of a topic ({@link ReplayRange}: from the beginning or given offsets up to the end offsets taken
 * when it starts, or given ones): hands every record of the range to a callback exactly once, in offset order within
 * each partition, in batches of one poll, then stops and closes its consumer. Records written after the end offsets
 * were taken are not read. Feed's rebuild, search's reindex and the dead-letter replay all read this way.
 *
 * <p>It polls a consumer from Spring Kafka's {@link ConsumerFactory} itself, by assignment (no group membership, no
 * commits), rather than running a listener container: a container is built to run until stopped and to commit offsets,
 * and stopping one from its own listener at the end offsets, after it may have fetched past them, takes more code
 * than this loop.
 *
 * <p>One instance is one read: {@link #run} on the reading thread; {@link #progress} and {@link #cancel} from any.
 */
public final class BoundedReplay<K, V> {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration METADATA = Duration.ofSeconds(30);
    private static final AtomicLong READS = new AtomicLong();

    /** The records of one poll that lie in the range, per partition in partition order. */
    public record Batch<K, V>(Map<Integer, List<ConsumerRecord<K, V>>> byPartition) {

        public List<ConsumerRecord<K, V>> records() {
            List<ConsumerRecord<K, V>> all = new ArrayList<>();
            byPartition.values().forEach(all::addAll);
            return all;
        }

        public int count() {
            return byPartition.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * How far a read is: records handed over, and offsets passed of those in the range (compaction and transaction
     * markers leave gaps, so a complete read may hand over fewer records than the range has offsets).
     */
    public record Progress(long records, long offsetsDone, long offsetsTotal) {

        /** 0 to 100, by offsets; 100 for an empty range. */
        public int percent() {
            return offsetsTotal == 0 ? 100 : (int) (offsetsDone * 100 / offsetsTotal);
        }
    }

    /** A completed read: the records handed over and the end offset (exclusive) it read to, per partition. */
    public record Result(long records, Map<Integer, Long> ends) {}

    /** Takes one batch; an exception stops the read and reaches the caller of {@link #run}. */
    @FunctionalInterface
    public interface Handler<K, V> {
        void accept(Batch<K, V> batch);
    }

    private final ConsumerFactory<K, V> consumers;
    private final ReplayRange range;
    private final Duration timeout;
    private volatile boolean cancelled;
    private volatile Progress progress = new Progress(0, 0, 0);
    private Consumer<K, V> consumer; // guarded by this: cancel() wakes it up

    /** A read without a time limit (a rebuild takes as long as the topic is big). */
    public BoundedReplay(ConsumerFactory<K, V> consumers, ReplayRange range) {
        this(consumers, range, null);
    }

    /** A read that fails with an {@link IllegalStateException} when it takes longer than {@code timeout}. */
    public BoundedReplay(ConsumerFactory<K, V> consumers, ReplayRange range, Duration timeout) {
        this.consumers = consumers;
        this.range = range;
        this.timeout = timeout;
    }

    /**
     * Consumers for replays of byte-array records: the given settings (bootstrap servers, group for a caller that
     * commits, client id, max.poll.records) with what every replay needs on top: read_committed (an aborted write is
     * never replayed), no auto-commit, and no topic auto-creation (reading must never create a topic with broker
     * defaults instead of its configured partitions).
     */
    public static ConsumerFactory<byte[], byte[]> byteConsumers(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new DefaultKafkaConsumerFactory<>(config);
    }

    /**
     * Reads the range, handing each poll's records in it to {@code handler}; returns when every partition reached its
     * end offset. Throws {@link CancellationException} when cancelled; the consumer is closed either way.
     */
    public Result run(Handler<K, V> handler) {
        Consumer<K, V> kafka = open();
        try {
            Map<TopicPartition, Long> starts = new LinkedHashMap<>();
            Map<TopicPartition, Long> ends = new LinkedHashMap<>();
            bounds(kafka, starts, ends);
            long total = 0;
            for (TopicPartition tp : starts.keySet()) {
                kafka.seek(tp, starts.get(tp));
                total += ends.get(tp) - starts.get(tp);
            }
            List<TopicPartition> open = new ArrayList<>(starts.keySet());
            long records = 0;
            long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
            while (true) {
                // A partition at its end fetches nothing more: what follows belongs to the next reader.
                List<TopicPartition> finished = open.stream().filter(tp -> kafka.position(tp) >= ends.get(tp))
                        .toList();
                kafka.pause(finished);
                open.removeAll(finished);
                progress = new Progress(records, done(kafka, starts, ends), total);
                if (open.isEmpty()) {
                    return new Result(records, partitionsOf(ends));
                }
                checkCancelled();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Reading " + open + " up to offsets " + ends + " took longer than " + timeout);
                }
                Batch<K, V> batch = inRange(kafka.poll(POLL), open, ends);
                if (!batch.byPartition().isEmpty()) {
                    handler.accept(batch);
                    records += batch.count();
                }
            }
        } catch (WakeupException e) {
            checkCancelled();
            throw e;
        } finally {
            close();
        }
    }

    /** Stops a running read at its next poll ({@link #run} throws {@link CancellationException}), or before it starts. */
    public void cancel() {
        cancelled = true;
        synchronized (this) {
            if (consumer != null) {
                consumer.wakeup();
            }
        }
    }

    public Progress progress() {
        return progress;
    }

    private synchronized Consumer<K, V> open() {
        checkCancelled();
        Properties noCommits = new Properties();
        noCommits.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = consumers.createConsumer(null, null, "-replay-" + READS.incrementAndGet(), noCommits);
        return consumer;
    }

    /** The partitions of the range with their start and end, the end offsets taken now. */
    private void bounds(Consumer<K, V> kafka, Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {
        Duration wait = timeout == null ? METADATA : timeout;
        List<PartitionInfo> infos = kafka.partitionsFor(range.topic(), wait);
        List<TopicPartition> partitions = infos == null
                ? List.of()
                : infos.stream().filter(p -> range.includes(p.partition()))
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
        kafka.assign(partitions);
        Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(partitions, wait);
        Map<TopicPartition, Long> endOffsets = kafka.endOffsets(partitions, wait);
        for (TopicPartition tp : partitions) {
            long end = Math.min(endOffsets.get(tp), range.to().getOrDefault(tp.partition(), Long.MAX_VALUE));
            long start = Math.max(beginnings.get(tp), range.from().getOrDefault(tp.partition(), 0L));
            starts.put(tp, Math.min(start, end));
            ends.put(tp, end);
        }
    }

    /** Closed under the lock, so that cancel() never wakes a closed consumer. */
    private synchronized void close() {
        consumer.close();
        consumer = null;
    }

    private Batch<K, V> inRange(ConsumerRecords<K, V> polled, List<TopicPartition> open,
            Map<TopicPartition, Long> ends) {
        Map<Integer, List<ConsumerRecord<K, V>>> batch = new LinkedHashMap<>();
        for (TopicPartition tp : open) {
            List<ConsumerRecord<K, V>> records = polled.records(tp).stream()
                    .filter(r -> r.offset() < ends.get(tp)).toList();
            if (!records.isEmpty()) {
                batch.put(tp.partition(), records);
            }
        }
        return new Batch<>(batch);
    }

    private static long done(Consumer<?, ?> kafka, Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {
        long done = 0;
        for (TopicPartition tp : starts.keySet()) {
            done += Math.min(kafka.position(tp), ends.get(tp)) - starts.get(tp);
        }
        return done;
    }

    private static Map<Integer, Long> partitionsOf(Map<TopicPartition, Long> offsets) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        offsets.forEach((tp, offset) -> out.put(tp.partition(), offset));
        return out;
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("Replay of " + range.topic() + " cancelled");
        }
    }
}
