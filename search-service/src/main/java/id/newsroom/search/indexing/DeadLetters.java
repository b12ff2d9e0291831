package id.newsroom.search.indexing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of the live indexer: a poison record is tried {@code poisonAttempts} times, then published to the
 * dead-letter topic by {@link DeadLetterPublishingRecoverer} (original value and headers, Spring Kafka's
 * {@code kafka_dlt-*} headers) and consumed; any other failure (the index or disk failing) is retried with backoff for
 * as long as it takes, because dead-lettering good events would lose them. If the dead-letter topic does not confirm,
 * the record is retried too.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {}

    /** The producer of dead letters: confirmed by all replicas before the indexer moves past a record. */
    static KafkaTemplate<byte[], byte[]> template(Map<String, Object> producerProperties) {
        Map<String, Object> props = new HashMap<>(producerProperties);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "search-service-dlq");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
    }

    /**
     * @param template null to skip publishing (tests of the offsets alone)
     * @param consumed told about each dead-lettered record once it is safely away
     */
    static DefaultErrorHandler errorHandler(KafkaTemplate<byte[], byte[]> template, String topic, int poisonAttempts,
            IndexMetrics metrics, RecordTracing tracing, java.util.function.Consumer<ConsumerRecord<?, ?>> consumed) {
        DeadLetterPublishingRecoverer publisher = template == null
                ? null
                : new DeadLetterPublishingRecoverer(template, (record, ex) -> new TopicPartition(topic, -1));
        if (publisher != null) {
            publisher.setWaitForSendResultTimeout(Duration.ofSeconds(15));
        }
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, ex) -> {
            @SuppressWarnings("unchecked")
            ConsumerRecord<byte[], byte[]> bytes = (ConsumerRecord<byte[], byte[]>) record;
            Exception reason = poison(ex);
            tracing.around(bytes, () -> {
                log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        reason.getMessage());
                if (publisher != null) {
                    publisher.accept(record, consumer, reason); // throws when the topic did not confirm: retried
                }
                return null;
            });
            metrics.event(IndexMetrics.EventOutcome.DEAD_LETTERED);
            consumed.accept(record);
        };
        ExponentialBackOff transientBackOff = new ExponentialBackOff(500, 2.0);
        transientBackOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, transientBackOff);
        FixedBackOff poisonBackOff = new FixedBackOff(0, Math.max(0, poisonAttempts - 1));
        handler.setBackOffFunction((record, ex) -> poison(ex) instanceof PoisonEventException ? poisonBackOff : null);
        handler.setLogLevel(KafkaException.Level.DEBUG); // the listener logs retries, the recoverer dead letters
        // As in feed: the rest of a failed batch is retried from memory, not sought and fetched again; each seek waited
        // for the fetch in flight (fetch.max.wait.ms, 1 s), so every poison record held the indexer ~3 s and the fault
        // suite's 100 poison records kept search minutes behind.
        handler.setSeekAfterError(false);
        return handler;
    }

    /** The poison exception inside the container's wrappers, or the failure itself when it is not poison. */
    static Exception poison(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return ex;
    }
}
