package id.newsroom.search.indexing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records that cannot be indexed to the dead-letter topic, with the original headers and the reason (Spring
 * Kafka's {@code kafka_dlt-*} header names, which operators' tools already know). The send is confirmed before the
 * consumer moves past the record.
 */
public final class DeadLetterPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    public DeadLetterPublisher(Map<String, Object> producerProperties, String topic) {
        Map<String, Object> props = new java.util.HashMap<>(producerProperties);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "search-service-dlq");
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /** @throws RetryLaterException when the dead-letter topic did not confirm the record */
    public void send(ConsumerRecord<byte[], byte[]> record, String reason) {
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(topic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        dead.headers().add("kafka_dlt-original-topic", bytes(record.topic()));
        dead.headers().add("kafka_dlt-original-partition", bytes(Integer.toString(record.partition())));
        dead.headers().add("kafka_dlt-original-offset", bytes(Long.toString(record.offset())));
        dead.headers().add("kafka_dlt-exception-message", bytes(reason));
        try {
            producer.send(dead).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new RetryLaterException("dead-letter topic " + topic + " unavailable: " + e, e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
