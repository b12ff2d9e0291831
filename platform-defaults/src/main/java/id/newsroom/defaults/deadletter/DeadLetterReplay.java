package id.newsroom.defaults.deadletter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.kafka.core.ConsumerFactory;

import id.newsroom.defaults.replay.BoundedReplay;
import id.newsroom.defaults.replay.ReplayRange;

/**
 * Lists, inspects and re-drives the records of one dead-letter topic. Each call reads the range it needs with a
 * {@link BoundedReplay} (assigned partitions, nothing subscribed) up to the end offsets taken when it starts, so
 * browsing never disturbs the service's consumers and a replay never chases dead letters arriving meanwhile. A replay produces
 * each selected record to its original topic with its original key, value and headers ({@code kafka_dlt-*} dropped,
 * {@code x-replayed-from} added), waits for Kafka's acknowledgement, and only then records it in the
 * {@link ReplayLedger}: replaying twice re-drives nothing twice. Run replays from one instance at a time.
 */
public class DeadLetterReplay {

    private static final Log log = LogFactory.getLog(DeadLetterReplay.class);
    static final String REPLAYED_FROM = "x-replayed-from";

    private final DeadLetterProperties properties;
    private final String bootstrapServers;
    private final ConsumerFactory<byte[], byte[]> consumers;

    public DeadLetterReplay(DeadLetterProperties properties, String bootstrapServers, String replayGroup) {
        this.properties = properties;
        this.bootstrapServers = bootstrapServers;
        // The group is the replay ledger's home: only its committed offsets are used, records are read by assignment.
        this.consumers = BoundedReplay.byteConsumers(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, replayGroup, ConsumerConfig.CLIENT_ID_CONFIG,
                replayGroup));
    }

    /**
     * Dead letters not replayed yet, from offsets alone (the replay group's ledger and the end offsets; no record is
     * read), so it is cheap enough to keep as a gauge.
     */
    public long waiting() {
        try (Consumer<byte[], byte[]> consumer = consumer()) {
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
        try (Consumer<byte[], byte[]> consumer = consumer()) {
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(ledgers.keySet(), properties.timeout());
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(ledgers.keySet(), properties.timeout());
            long total = 0;
            long pending = 0;
            List<Map<String, Object>> items = new ArrayList<>();
            ConsumerRecord<byte[], byte[]> oldest = null;
            ConsumerRecord<byte[], byte[]> newest = null;
            Map<Integer, List<ConsumerRecord<byte[], byte[]>>> read = read(
                    ReplayRange.wholeTopic(properties.topic()).from(byPartition(begins)).to(byPartition(ends)));
            for (TopicPartition tp : ledgers.keySet()) {
                total += ends.get(tp) - begins.get(tp);
                ReplayLedger ledger = ledgers.get(tp);
                for (ConsumerRecord<byte[], byte[]> r : read.getOrDefault(tp.partition(), List.of())) {
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
        try (Consumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(properties.topic(), id.partition());
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            if (!ledgers.containsKey(tp)) {
                return null;
            }
            ReplayRange range = ReplayRange.wholeTopic(properties.topic()).onlyPartitions(List.of(id.partition()))
                    .from(Map.of(id.partition(), id.offset())).to(Map.of(id.partition(), id.offset() + 1));
            for (ConsumerRecord<byte[], byte[]> r : read(range).getOrDefault(id.partition(), List.of())) {
                if (r.offset() == id.offset()) {
                    return DeadLetter.detail(r, ledgers.get(tp).done(r.offset()));
                }
            }
            return null;
        }
    }

    /** Re-drives every not yet replayed record that {@code selected(partition, offset)} accepts. */
    public synchronized Map<String, Object> replay(BiPredicate<Integer, Long> selected, boolean all) {
        try (Consumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            Map<TopicPartition, ReplayLedger> ledgers = ledgers(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(ledgers.keySet(), properties.timeout());
            Map<TopicPartition, List<Long>> sent = new HashMap<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            long alreadyReplayed = 0;
            List<String> replayedIds = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            Map<Integer, Long> from = new HashMap<>();
            // A selection reads from the beginning, so that what it names and was replayed before is reported.
            ledgers.forEach((tp, ledger) -> from.put(tp.partition(), all ? ledger.watermark() : ledger.beginning()));
            Map<Integer, List<ConsumerRecord<byte[], byte[]>>> read = read(
                    ReplayRange.wholeTopic(properties.topic()).from(from).to(byPartition(ends)));
            for (Map.Entry<TopicPartition, ReplayLedger> e : ledgers.entrySet()) {
                TopicPartition tp = e.getKey();
                ReplayLedger ledger = e.getValue();
                for (ConsumerRecord<byte[], byte[]> r : read.getOrDefault(tp.partition(), List.of())) {
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

    private Map<TopicPartition, ReplayLedger> ledgers(Consumer<byte[], byte[]> consumer) {
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

    /** The range's records per partition in partition order (listings and replays go by partition-offset). */
    private Map<Integer, List<ConsumerRecord<byte[], byte[]>>> read(ReplayRange range) {
        Map<Integer, List<ConsumerRecord<byte[], byte[]>>> out = new TreeMap<>();
        new BoundedReplay<>(consumers, range, properties.timeout()).run(batch -> batch.byPartition()
                .forEach((partition, records) -> out.computeIfAbsent(partition, p -> new ArrayList<>())
                        .addAll(records)));
        return out;
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        Map<Integer, Long> out = new HashMap<>();
        offsets.forEach((tp, offset) -> out.put(tp.partition(), offset));
        return out;
    }

    /** For the ledger: metadata and the replay group's committed offsets; records are read by BoundedReplay. */
    private Consumer<byte[], byte[]> consumer() {
        return consumers.createConsumer(null, null, "-" + java.util.UUID.randomUUID(), null);
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
