package id.newsroom.article.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.newsroom.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays media-service on the test broker: media events on news.media.v1 as it writes them (CloudEvents binary mode,
 * key = mediaId), all on partition 0 so that their order is the order of application; and reads a dead-letter topic.
 */
public final class MediaTopic implements AutoCloseable {

    public static final String TOPIC = "news.media.v1";

    private final String brokers = TestInfrastructure.get().kafkaBootstrapServers();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new ByteArraySerializer());

    /** The data of a media event as the spec describes it (the whole current state). */
    public static Map<String, Object> media(String id, long version, String caption, List<Integer> widths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mediaId", id);
        m.put("version", version);
        m.put("revision", "3f9a02c41b");
        m.put("width", 3000);
        m.put("height", 2000);
        m.put("alt", "Warga di taman kota");
        m.put("caption", caption);
        m.put("credit", "Foto: Humas");
        m.put("focalPoint", Map.of("x", 0.5, "y", 0.4));
        m.put("widths", widths);
        m.put("urlPattern", "http://127.0.0.1:8084/media/" + id + "/3f9a02c41b/{variant}.{format}");
        m.put("createdAt", "2026-12-07T01:00:00Z");
        m.put("updatedAt", "2026-12-07T01:00:00Z");
        return m;
    }

    public void send(String type, String mediaId, Object data) {
        byte[] value = data instanceof String s
                ? s.getBytes(StandardCharsets.UTF_8)
                : Api.JSON.writeValueAsBytes(data);
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(TOPIC, 0, mediaId, value);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", UUID.randomUUID().toString());
        header(r, "ce_source", "/media-service");
        header(r, "ce_type", type);
        header(r, "ce_subject", mediaId);
        header(r, "ce_time", Instant.now().toString());
        header(r, "content-type", "application/json");
        try {
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException("media event not sent", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> r, String key, String value) {
        r.headers().add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The values on {@code topic} so far (read from the start for {@code wait}). */
    public List<String> values(String topic, Duration wait) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "media-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long end = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    values.add(r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        producer.close();
    }
}
