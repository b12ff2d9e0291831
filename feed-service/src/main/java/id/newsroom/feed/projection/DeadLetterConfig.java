package id.newsroom.feed.projection;

import java.time.Duration;
import java.util.Map;

import id.newsroom.feed.config.FeedProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of the projection consumer: a poison record (named by BatchListenerFailedException) is redelivered a
 * few times and then published to the DLQ with the exception headers; any other failure (MongoDB away) is retried
 * with backoff for as long as it takes, because dead-lettering good events would lose them.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfig {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfig.class);

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> projectionErrorHandler(
            FeedProperties props, ProjectionMetrics metrics,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${HOSTNAME:localhost}") String host, @Value("${server.port:8082}") int port) {
        String dlq = props.projection().dlqTopic();
        createTopic(brokers, dlq);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(dlq, -1));
        ExponentialBackOff transientBackOff = new ExponentialBackOff(500, 2.0);
        transientBackOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
            // The poison itself, not the binder's wrapper ("Listener failed; error occurred in message handler"): its
            // message (the schema's violations) becomes the dead letter's kafka_dlt-exception-message, as in search.
            publisher.accept(record, poison(ex));
            metrics.deadLettered();
            log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(), dlq,
                    rootMessage(ex));
        }, transientBackOff);
        FixedBackOff poisonBackOff = new FixedBackOff(props.projection().retryInterval().toMillis(),
                props.projection().retries());
        handler.setLogLevel(KafkaException.Level.DEBUG); // the re-seek of a poison batch is expected, not an error
        // Retry the rest of a failed batch from memory instead of seeking and polling again: each seek waited for the
        // fetch already in flight (fetch.max.wait.ms, 1 s), so every poison record held its partition ~3 s and the
        // fault suite's 100 poison records held the feed back for minutes.
        handler.setSeekAfterError(false);
        handler.setBackOffFunction((record, ex) -> isPoison(ex) ? poisonBackOff : null);
        return (container, destination, group) -> {
            if (destination.equals(props.topic())) {
                container.setCommonErrorHandler(handler);
                // The rest of the batch comes back from memory after one paused poll (100 ms by default, per poison
                // record: 100 of them cost each consumer seconds).
                container.getContainerProperties().setPollTimeoutWhilePaused(Duration.ofMillis(5));
                staticMembership(container, group, host, port);
            }
        };
    }

    /**
     * A restarted instance (same host and port) takes its partitions back at once: a SIGKILLed consumer otherwise
     * held them until its session expired (10 s), and the fault suite saw the feed stand still that long after each
     * restart. Spring Kafka appends the consumer's index (-0, -1, -2) for the concurrent consumers. Not with a random
     * port (tests): every instance would claim the same id. The price: an instance that goes away for good keeps its
     * partitions for the session timeout, as a killed one always did.
     */
    private static void staticMembership(AbstractMessageListenerContainer<?, ?> container, String group, String host,
            int port) {
        if (port > 0) {
            container.getContainerProperties().getKafkaConsumerProperties()
                    .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, group + "-" + host + "-" + port);
        }
    }

    static boolean isPoison(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException) {
                return true;
            }
        }
        return false;
    }

    /** The poison exception inside the container's and binder's wrappers, or the failure itself. */
    static Exception poison(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return ex;
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    // The DLQ must exist before the first poison record; where topics are managed centrally this is a no-op.
    private static void createTopic(String brokers, String name) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5000))) {
            admin.createTopics(
                    java.util.List.of(new NewTopic(name, java.util.Optional.empty(), java.util.Optional.empty())))
                    .all().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (Exception ex) {
            log.debug("DLQ topic {} not created here ({}); it may exist already", name, ex.getMessage());
        }
    }
}
