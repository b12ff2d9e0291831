package id.newsroom.defaults.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Lists, inspects and re-drives the records of one dead-letter topic. Each call opens its own short-lived consumer
 * (assigned partitions, nothing subscribed), so browsing never disturbs the service's consumers. A replay produces
 * each selected record to its original topic with its original key, value and headers ({@code kafka_dlt-*} dropped,
 * {@code x-replayed-from} added), waits for Kafka's acknowledgement, and only then records it in the
 * {@link ReplayLedger}: replaying twice re-drives nothing twice. Run replays from one instance at a time.
 */
public class DeadLetterReplay {

    private static final Log log = LogFactory.getLog(DeadLetterReplay.class);
    static final String REPLAYED_FROM = "x-replayed-from";

    private final DeadLetterProperties properties;
    private final String bootstrapServers;
    private final String replayGroup;

    public DeadLetterReplay(DeadLetterProperties properties, String bootstrapServers, String replayGroup) {
        this.properties = properties;
        this.bootstrapServers = bootstrapServers;
        this.replayGroup = replayGroup;
    }

    /**
     * Dead letters not replayed yet, from offsets alone (the replay group's ledger and the end offsets; no record is
     * read), so it is cheap enough to keep as a gauge.
     */
    public long waiting() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(ledgers.keySet(), properties.timeout());
            long waiting = 0;
            for (Map.Entry<TopicPartition, ReplayLedger> e : ledgers.entrySet()) {
                waiting += e.getValue().waitingBefore(ends.get(e.getKey()));
            }
            return waiting;
        }
    }

    /** Counts, oldest and newest, and one page of records after {@code after} ({@code partition-offset}). */
    public Map<String, Object> list(DeadLetterPosition after, int limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(ledgers.keySet(), properties.timeout());
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(ledgers.keySet(), properties.timeout());
            long total = 0;
            long pending = 0;
            List<Map<String, Object>> items = new ArrayList<>();
            ConsumerRecord<byte[], byte[]> oldest = null;
            ConsumerRecord<byte[], byte[]> newest = null;
            for (TopicPartition tp : ledgers.keySet()) {
                long begin = begins.get(tp);
                long end = ends.get(tp);
                total += end - begin;
                ReplayLedger ledger = ledgers.get(tp);
                List<ConsumerRecord<byte[], byte[]>> records = read(consumer, tp, begin, end, Integer.MAX_VALUE);
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    pending += ledger.done(r.offset()) ? 0 : 1;
                    oldest = oldest == null || r.timestamp() < oldest.timestamp() ? r : oldest;
                    newest = newest == null || r.timestamp() >= newest.timestamp() ? r : newest;
                    if (items.size() < limit && (after == null || after.isBefore(r.partition(), r.offset()))) {
                        items.add(DeadLetter.summary(r, ledger.done(r.offset())));
                    }
                }
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("topic", properties.topic());
            answer.put("count", total);
            answer.put("notReplayed", pending);
            answer.put("oldest", oldest == null ? null : java.time.Instant.ofEpochMilli(oldest.timestamp()).toString());
            answer.put("newest", newest == null ? null : java.time.Instant.ofEpochMilli(newest.timestamp()).toString());
            answer.put("items", items);
            answer.put("next", items.size() < limit ? null : items.get(items.size() - 1).get("id"));
            return answer;
        }
    }

    /** One record with its payload and headers, or null. */
    public Map<String, Object> one(DeadLetterPosition id) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(properties.topic(), id.partition());
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            if (!ledgers.containsKey(tp)) {
                return null;
            }
            long end = consumer.endOffsets(List.of(tp), properties.timeout()).get(tp);
            for (ConsumerRecord<byte[], byte[]> r : read(consumer, tp, id.offset(), Math.min(end, id.offset() + 1),
                    1)) {
                if (r.offset() == id.offset()) {
                    return DeadLetter.detail(r, ledgers.get(tp).done(r.offset()));
                }
            }
            return null;
        }
    }

    /** Re-drives every not yet replayed record that {@code selected(partition, offset)} accepts. */
    public synchronized Map<String, Object> replay(BiPredicate<Integer, Long> selected, boolean all) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(ledgers.keySet(), properties.timeout());
            Map<TopicPartition, List<Long>> sent = new HashMap<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            long alreadyReplayed = 0;
            List<String> replayedIds = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Map.Entry<TopicPartition, ReplayLedger> e : ledgers.entrySet()) {
                TopicPartition tp = e.getKey();
                ReplayLedger ledger = e.getValue();
                // A selection reads from the beginning, so that what it names and was replayed before is reported.
                long from = all ? ledger.watermark() : ledger.beginning();
                for (ConsumerRecord<byte[], byte[]> r : read(consumer, tp, from, ends.get(tp), Integer.MAX_VALUE)) {
                    if (!selected.test(r.partition(), r.offset())) {
                        continue;
                    }
                    if (ledger.done(r.offset())) {
                        alreadyReplayed++;
                        continue;
                    }
                    ProducerRecord<byte[], byte[]> again = redrive(r);
                    if (again == null) {
                        refused.add(DeadLetter.id(r));
                        continue;
                    }
                    acks.add(producer.send(again));
                    sent.computeIfAbsent(tp, k -> new ArrayList<>()).add(r.offset());
                    replayedIds.add(DeadLetter.id(r));
                }
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(properties.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            for (Map.Entry<TopicPartition, ReplayLedger> e : ledgers.entrySet()) {
                ReplayLedger ledger = e.getValue();
                ledger.markDone(sent.getOrDefault(e.getKey(), List.of()));
                if (all && refused.isEmpty()) {
                    ledger.markAllBefore(ends.get(e.getKey()));
                }
                commits.put(e.getKey(), ledger.toCommit());
            }
            consumer.commitSync(commits, properties.timeout());
            log.info("Replayed " + replayedIds.size() + " dead letters from " + properties.topic() + " ("
                    + alreadyReplayed + " replayed before, " + refused.size() + " without an original topic)");
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("replayed", replayedIds.size());
            answer.put("alreadyReplayed", alreadyReplayed);
            answer.put("withoutOriginalTopic", refused);
            answer.put("ids", replayedIds);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying; nothing was recorded as replayed", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a replayed record; nothing was recorded as "
                    + "replayed (a second replay re-drives them, and consumers drop what they hold already)", e);
        }
    }

    private ProducerRecord<byte[], byte[]> redrive(ConsumerRecord<byte[], byte[]> r) {
        String topic = DeadLetter.headerText(r, DeadLetter.ORIGINAL_TOPIC);
        if (topic == null || topic.isBlank()) {
            topic = properties.fallbackTopic();
        }
        if (topic == null || topic.isBlank()) {
            return null;
        }
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, null, r.key(), r.value());
        for (Header h : r.headers()) {
            if (!h.key().startsWith(DeadLetter.PREFIX) && !h.key().equals(REPLAYED_FROM)) {
                again.headers().add(h);
            }
        }
        again.headers().add(REPLAYED_FROM, (properties.topic() + "-" + DeadLetter.id(r))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return again;
    }

    private Map<TopicPartition, ReplayLedger> ledgers(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(properties.topic(), properties.timeout()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions),
                properties.timeout());
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, properties.timeout());
        Map<TopicPartition, ReplayLedger> ledgers = new LinkedHashMap<>();
        for (TopicPartition tp : partitions) {
            ledgers.put(tp, new ReplayLedger(committed.get(tp), begins.get(tp)));
        }
        return ledgers;
    }

    private List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp,
            long from, long end, int max) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        if (from >= end) {
            return out;
        }
        consumer.assign(List.of(tp));
        consumer.seek(tp, from);
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        while (consumer.position(tp) < end && out.size() < max && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200)).records(tp)) {
                if (r.offset() < end && out.size() < max) {
                    out.add(r);
                }
            }
        }
        if (consumer.position(tp) < end && out.size() < max) {
            throw new IllegalStateException("Reading " + tp + " up to offset " + end + " took longer than "
                    + properties.timeout());
        }
        return out;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, replayGroup);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, replayGroup + "-" + java.util.UUID.randomUUID());
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) properties.timeout().toMillis());
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
