package id.newsroom.search.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events the way article-service's relay does: CloudEvents binary mode, key = article id. */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public EventProducer(String bootstrapServers, String topic) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.ACKS_CONFIG, "all"));
        this.topic = topic;
    }

    public void send(Article article) {
        send(article.id, article.json(), "news.article." + ("created".equals(article.change)
                ? "created"
                : "deleted".equals(article.change) ? "deleted" : "updated"), true);
    }

    /** Any key and value, for poison messages. */
    public void send(String key, String value, String type, boolean wait) {
        send(key, value, type, wait, Map.of());
    }

    public void send(String key, String value, String type, boolean wait, Map<String, String> extraHeaders) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        extraHeaders.forEach((name, headerValue) -> header(record, name, headerValue));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/article-service");
        header(record, "ce_type", type);
        if (key != null) {
            header(record, "ce_subject", key);
        }
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        try {
            var future = producer.send(record);
            if (wait) {
                future.get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    public void flush() {
        producer.flush();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
