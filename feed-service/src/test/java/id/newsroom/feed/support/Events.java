package id.newsroom.feed.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import id.newsroom.infra.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces article events onto the real broker as article-service would: CloudEvents binary mode (ce_* headers,
 * content-type) and a JSON value following contracts/article-event.schema.json.
 */
public final class Events implements AutoCloseable {

    public static final String TOPIC = TestInfrastructure.ARTICLES_TOPIC;
    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    public Events() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p);
    }

    /**
     * A fresh id, time-ordered like UUIDv7 enough for tests: 30 characters (64 random bits), so that tests may make a
     * tag of it with a short prefix within the contract's 50 characters.
     */
    public static String newId() {
        return String.format("%013x-%016x", System.currentTimeMillis(), UUID.randomUUID().getLeastSignificantBits());
    }

    /** A unique, increasing publication time, so tests never tie unless they want to. */
    public static Instant nextTime() {
        return Instant.ofEpochMilli(CLOCK.addAndGet(1000));
    }

    /** The full state of a published article at version 1, as a mutable map. */
    public static Map<String, Object> published(String id, String category, List<String> tags) {
        Instant at = nextTime();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("articleId", id);
        d.put("version", 1);
        d.put("change", "published");
        d.put("status", "PUBLISHED");
        d.put("slug", "berita-" + id.toLowerCase().replaceAll("[^a-z0-9]", ""));
        d.put("title", "Pemkot Tangsel beri pelatihan UMKM " + id.substring(id.length() - 6));
        d.put("summary", "Ringkasan berita untuk pembaca.");
        d.put("body", "<p>Isi berita lengkap.</p>");
        d.put("category",
                Map.of("slug", category, "name", Character.toUpperCase(category.charAt(0)) + category.substring(1)));
        d.put("tags", new ArrayList<>(tags));
        d.put("author", Map.of("id", "redaksi", "name", "Redaksi"));
        d.put("image", Map.of("url", "https://cdn.example.id/img/" + id + ".jpg", "caption", "Suasana pelatihan",
                "credit", "Foto: Humas"));
        d.put("publishedAt", at.toString());
        d.put("updatedAt", at.toString());
        d.put("scheduledAt", null);
        d.put("futureField", "consumers must ignore this");
        return d;
    }

    /** The next version of an article with some fields changed. */
    public static Map<String, Object> next(Map<String, Object> previous, String change, Map<String, Object> changes) {
        Map<String, Object> d = new LinkedHashMap<>(previous);
        d.put("version", ((Number) previous.get("version")).intValue() + 1);
        d.put("change", change);
        d.put("updatedAt", nextTime().toString());
        d.putAll(changes);
        return d;
    }

    public void send(Map<String, Object> data) {
        String type = "deleted".equals(data.get("change"))
                ? "news.article.deleted"
                : ((Number) data.get("version")).intValue() == 1 ? "news.article.created" : "news.article.updated";
        sendRaw((String) data.get("articleId"), JSON.writeValueAsBytes(data), type);
    }

    /** Sends with a W3C traceparent header, as article-service does when the write had a trace. */
    public void send(Map<String, Object> data, String traceparent) {
        sendRaw((String) data.get("articleId"), JSON.writeValueAsBytes(data), "news.article.created", traceparent);
    }

    public void sendRaw(String key, byte[] value, String type) {
        sendRaw(key, value, type, null);
    }

    public void sendRaw(String key, byte[] value, String type, String traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, value);
        if (traceparent != null) {
            header(record, "traceparent", traceparent);
        }
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/article-service");
        header(record, "ce_type", type);
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends without waiting for each acknowledgement (bulk loads), then flushes. */
    public void sendAll(List<Map<String, Object>> events) {
        for (Map<String, Object> data : events) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, (String) data.get("articleId"),
                    JSON.writeValueAsBytes(data));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_source", "/article-service");
            header(record, "ce_type", "news.article.created");
            header(record, "ce_subject", (String) data.get("articleId"));
            header(record, "ce_time", Instant.now().toString());
            header(record, "content-type", "application/json");
            producer.send(record);
        }
        producer.flush();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
