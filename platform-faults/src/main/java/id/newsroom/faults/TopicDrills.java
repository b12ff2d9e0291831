package id.newsroom.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the drills do on the topic itself: read it whole, redeliver records already delivered (shuffled, original key
 * and headers), write poison records, and find them again in the dead-letter topics.
 */
final class TopicDrills {

    static final String POISON_SLUG = "racun-uji";

    private final String bootstrapServers;

    TopicDrills(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of the topic up to its current end. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
            }
            return all;
        } finally {
            consumer.close(Duration.ofMillis(200)); // a reader without a group has nothing to say goodbye for
        }
    }

    /** Re-produces up to {@code count} delivered records of the topic, in shuffled order; returns how many. */
    int redeliver(String topic, int count, Random random) {
        List<ConsumerRecord<byte[], byte[]>> delivered = new ArrayList<>(readAll(topic));
        Collections.shuffle(delivered, random);
        List<ProducerRecord<byte[], byte[]>> again = delivered.stream().limit(count)
                .map(r -> new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers())).toList();
        send(again);
        return again.size();
    }

    /**
     * Writes {@code count} records no consumer can apply, keyed {@code <prefix>-<n>}: half not JSON at all, half a
     * well-formed PUBLISHED article with version 0 (a contract violation), whose slug and title would show if one
     * reached a read model.
     */
    List<String> poison(String topic, String prefix, int count) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            String value = i % 2 == 0
                    ? "{\"articleId\": \"" + key + "\", not json"
                    : """
                            {"articleId":"%s","version":0,"change":"published","status":"PUBLISHED","slug":"%s-%s",\
                            "title":"Racun %s xqracunz","summary":"racun","body":"<p>racun</p>",\
                            "category":{"slug":"bisnis","name":"Bisnis"},"tags":[],"author":{"id":"racun","name":"Racun"},\
                            "image":null,"publishedAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","scheduledAt":null}
                            """
                            .formatted(key, POISON_SLUG, key, key);
            ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, bytes(key), bytes(value));
            header(r, "ce_specversion", "1.0");
            header(r, "ce_id", key);
            header(r, "ce_source", "/fault-suite");
            header(r, "ce_type", "news.article.updated");
            header(r, "ce_subject", key);
            header(r, "content-type", "application/json");
            records.add(r);
            keys.add(key);
        }
        send(records);
        return keys;
    }

    /** The keys of the dead-letter topic's records. */
    Set<String> deadLetterKeys(String consumer) {
        Set<String> keys = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(Cluster.TOPIC + ".dlq." + consumer)) {
            if (r.key() != null) {
                keys.add(new String(r.key(), StandardCharsets.UTF_8));
            }
        }
        return keys;
    }

    /** How many records of these keys repeat a (key, ce_id) pair already on the topic: events sent twice. */
    int duplicates(String topic, Set<String> keys) {
        Map<String, Integer> seen = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(topic)) {
            String key = new String(r.key() == null ? new byte[0] : r.key(), StandardCharsets.UTF_8);
            if (!keys.contains(key)) {
                continue;
            }
            Header id = r.headers().lastHeader("ce_id");
            String k = key + "/" + (id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
            seen.merge(k, 1, Integer::sum);
        }
        return seen.values().stream().mapToInt(n -> n - 1).sum();
    }

    private void send(List<ProducerRecord<byte[], byte[]>> records) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.CLIENT_ID_CONFIG, "fault-suite",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> f : sent) {
                f.get(90, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the drill's records", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void header(ProducerRecord<byte[], byte[]> r, String name, String value) {
        r.headers().add(name, bytes(value));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
