package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.EventProducer;

/**
 * Not part of verify (the name matches neither *Test nor *IT). How fast the live indexer catches up with a topic from
 * an empty index, next to a baseline measured in the same run: reading the same topic without indexing. Run:
 * {@code ./mvnw -B -q -pl search-service -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=IndexerBenchmark -Dtest.jvm.args= -Dsearch.redirectOutput=false -Dbench.events=20000}
 */
class IndexerBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 20_000);

    @TempDir
    Path dir;

    @Test
    void liveIndexerCatchUp() throws Exception {
        String servers = TestInfrastructure.get().kafkaBootstrapServers();
        String topic = "bench.indexer." + System.nanoTime();
        EmbeddedKafkaBroker.createTopic(servers, topic, 3, Map.of("cleanup.policy", "compact"));
        CorpusGenerator generator = new CorpusGenerator(42, CorpusGenerator.Style.NEWS);
        try (EventProducer producer = new EventProducer(servers, topic)) {
            for (int i = 0; i < EVENTS; i++) {
                var article = generator.next(i);
                producer.send(article.id, article.json(), "news.article.updated", false);
            }
            producer.flush();
        }
        readWholeTopic(servers, topic); // warm-up
        double readSeconds = readWholeTopic(servers, topic);

        IndexStore store = new IndexStore(dir, topic, 48);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IndexConsumer[] self = new IndexConsumer[1];
        IndexMetrics metrics = new IndexMetrics(registry, store::current, () -> self[0] == null ? -1L : self[0].lag());
        self[0] = new IndexConsumer(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), store, metrics,
                RecordTracing.NONE, null, null,
                new IndexConsumer.Settings("bench-" + topic, 500, Duration.ofMillis(100), Duration.ofSeconds(1), 3));
        long start = System.nanoTime();
        self[0].start();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> self[0].caughtUp() && self[0].lag() == 0);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        long applied = (long) metrics.count(IndexMetrics.EventOutcome.APPLIED);
        self[0].stop();
        store.close();
        assertThat(applied).isEqualTo(EVENTS);
        System.out.printf("""
                ==== search-service live indexer (%d events, 3 partitions, %d cores) ====
                topic read baseline:           %.2f s (%.0f events/s)
                live indexer, empty -> caught up: %.2f s (%.0f events/s)
                indexer / baseline:            x%.2f
                ====
                """, EVENTS, Runtime.getRuntime().availableProcessors(), readSeconds, EVENTS / readSeconds,
                indexSeconds, EVENTS / indexSeconds, indexSeconds / readSeconds);
    }

    /** Reads every record of the topic once, as the indexer does, without indexing. */
    private static double readWholeTopic(String servers, String topic) {
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500))) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
            assertThat(read).isEqualTo(EVENTS);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
