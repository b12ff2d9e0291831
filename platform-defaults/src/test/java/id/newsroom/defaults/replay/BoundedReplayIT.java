package id.newsroom.defaults.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.ConsumerFactory;

/** Bounded reads against a real broker: exactly the range, each record once, in order per partition, then closed. */
class BoundedReplayIT {

    static String servers;
    static KafkaProducer<String, String> producer;

    ConsumerFactory<byte[], byte[]> consumers;
    final AtomicInteger openConsumers = new AtomicInteger();
    String topic;

    @BeforeAll
    static void broker() {
        servers = TestInfrastructure.get().kafkaBootstrapServers();
        producer = new KafkaProducer<>(producerConfig(null));
    }

    @BeforeEach
    void freshTopic() {
        topic = "bounded-replay-" + UUID.randomUUID();
        // Small polls, so that every read below takes several batches.
        consumers = BoundedReplay.byteConsumers(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 7));
        consumers.addListener(new ConsumerFactory.Listener<>() {
            @Override
            public void consumerAdded(String id, Consumer<byte[], byte[]> consumer) {
                openConsumers.incrementAndGet();
            }

            @Override
            public void consumerRemoved(String id, Consumer<byte[], byte[]> consumer) {
                openConsumers.decrementAndGet();
            }
        });
    }

    @Test
    void anEmptyTopicEndsAtOnce() {
        EmbeddedKafkaBroker.createTopic(servers, topic, 3, Map.of());
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        BoundedReplay<byte[], byte[]> replay = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic));

        BoundedReplay.Result result = replay.run(batch -> read.addAll(batch.records()));

        assertThat(read).isEmpty();
        assertThat(result.ends()).containsExactly(Map.entry(0, 0L), Map.entry(1, 0L), Map.entry(2, 0L));
        assertThat(replay.progress().percent()).isEqualTo(100);
        assertThat(openConsumers).hasValue(0);
    }

    @Test
    void aMissingTopicIsReadAsEmptyAndNotCreated() throws Exception {
        BoundedReplay.Result result = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic)).run(batch -> {
            throw new AssertionError("nothing to read");
        });

        assertThat(result.records()).isZero();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).doesNotContain(topic);
        }
    }

    @Test
    void everyRecordOfEveryPartitionOnceInOrder() throws Exception {
        EmbeddedKafkaBroker.createTopic(servers, topic, 3, Map.of());
        send(0, 20);
        send(1, 5);
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        BoundedReplay<byte[], byte[]> replay = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic));

        BoundedReplay.Result result = replay.run(batch -> read.addAll(batch.records()));

        assertThat(result.records()).isEqualTo(25);
        assertThat(result.ends()).containsExactly(Map.entry(0, 20L), Map.entry(1, 5L), Map.entry(2, 0L));
        assertThat(offsets(read, 0)).isEqualTo(range(0, 20));
        assertThat(offsets(read, 1)).isEqualTo(range(0, 5));
        assertThat(replay.progress()).isEqualTo(new BoundedReplay.Progress(25, 25, 25));
        assertThat(openConsumers).hasValue(0);
    }

    @Test
    void recordsWrittenAfterTheStartAreNotRead() throws Exception {
        EmbeddedKafkaBroker.createTopic(servers, topic, 2, Map.of());
        send(0, 10);
        send(1, 10);
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();

        // Writes go on while the replay reads: the first batch adds ten more records to each partition.
        BoundedReplay.Result result = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic)).run(batch -> {
            if (read.isEmpty()) {
                send(0, 10);
                send(1, 10);
            }
            read.addAll(batch.records());
        });

        assertThat(result.ends()).containsExactly(Map.entry(0, 10L), Map.entry(1, 10L));
        assertThat(offsets(read, 0)).isEqualTo(range(0, 10));
        assertThat(offsets(read, 1)).isEqualTo(range(0, 10));
        // They are there for the next reader.
        assertThat(new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic).from(result.ends())).run(batch -> {})
                .records()).isEqualTo(20);
    }

    @Test
    void givenOffsetsOfGivenPartitions() throws Exception {
        EmbeddedKafkaBroker.createTopic(servers, topic, 3, Map.of());
        send(0, 10);
        send(1, 10);
        send(2, 10);
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();

        BoundedReplay.Result result = new BoundedReplay<>(consumers,
                ReplayRange.wholeTopic(topic).onlyPartitions(List.of(1, 2)).from(Map.of(1, 3L)).to(Map.of(1, 6L,
                        2, 99L)))
                .run(batch -> read.addAll(batch.records()));

        assertThat(offsets(read, 0)).isEmpty();
        assertThat(offsets(read, 1)).containsExactly(3L, 4L, 5L);
        assertThat(offsets(read, 2)).isEqualTo(range(0, 10)); // an end beyond the topic's stops at the topic's
        assertThat(result.ends()).containsExactly(Map.entry(1, 6L), Map.entry(2, 10L));
    }

    @Test
    void abortedWritesAreNotReplayed() throws Exception {
        EmbeddedKafkaBroker.createTopic(servers, topic, 1, Map.of());
        try (KafkaProducer<String, String> transactional = new KafkaProducer<>(producerConfig("replay-it-tx"))) {
            transactional.initTransactions();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(topic, 0, "k", "aborted")).get();
            transactional.abortTransaction();
        }
        send(0, 2);
        List<String> values = new ArrayList<>();

        new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic)).run(batch -> batch.records()
                .forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8))));

        assertThat(values).containsExactly("0-0", "0-1");
    }

    @Test
    void aCancelledReadStopsAndClosesItsConsumer() throws Exception {
        EmbeddedKafkaBroker.createTopic(servers, topic, 1, Map.of());
        send(0, 50);
        BoundedReplay<byte[], byte[]> replay = new BoundedReplay<>(consumers, ReplayRange.wholeTopic(topic));
        CountDownLatch firstBatch = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        CompletableFuture<BoundedReplay.Result> running = CompletableFuture.supplyAsync(() -> replay.run(batch -> {
            batches.incrementAndGet();
            firstBatch.countDown();
            await(cancelled);
        }));

        assertThat(firstBatch.await(30, TimeUnit.SECONDS)).isTrue();
        replay.cancel();
        cancelled.countDown();

        assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(batches).as("no poll after the cancel").hasValue(1);
        assertThat(openConsumers).hasValue(0);
        assertThatThrownBy(() -> replay.run(batch -> {})).isInstanceOf(CancellationException.class);
        assertThat(openConsumers).hasValue(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code count} records to a partition, values {@code <partition>-<n>}, and waits for each. */
    private void send(int partition, int count) {
        try {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k" + i, partition + "-" + i)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> offsets(List<ConsumerRecord<byte[], byte[]>> read, int partition) {
        return read.stream().filter(r -> r.partition() == partition).map(ConsumerRecord::offset).toList();
    }

    private static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long o = from; o < to; o++) {
            out.add(o);
        }
        return out;
    }

    private static Properties producerConfig(String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return p;
    }
}
