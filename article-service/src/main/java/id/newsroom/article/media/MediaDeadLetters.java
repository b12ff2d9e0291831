package id.newsroom.article.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.newsroom.article.config.ArticleProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of the media consumer, as feed-service's projection does it: a poison record goes to the dead-letter
 * topic on its first failure (it would fail the same way every time) and the partition goes on; any other failure
 * (MongoDB away) is retried with back-off for as long as it takes, because dead-lettering a good event would lose it.
 * Its own producer: the outbox relay's idempotent producer is not shared with anything.
 */
@Configuration(proxyBeanMethods = false)
public class MediaDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(MediaDeadLetters.class);

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> mediaErrorHandler(ArticleProperties props,
            MeterRegistry meters, @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        ArticleProperties.Media media = props.media();
        createTopic(brokers, media.dlqTopic());
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.CLIENT_ID_CONFIG, "article-service-media-dlq",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(media.dlqTopic(), -1));
        Counter deadLettered = Counter.builder("news.article.media.events").tag("outcome", "dead_lettered")
                .description("Media events by what they did to the replica").register(meters);
        ExponentialBackOff transientBackOff = new ExponentialBackOff(500, 2.0);
        transientBackOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
            publisher.accept(record, ex);
            deadLettered.increment();
            log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    media.dlqTopic(), rootMessage(ex));
        }, transientBackOff);
        FixedBackOff poisonBackOff = new FixedBackOff(0, 0);
        handler.setLogLevel(KafkaException.Level.DEBUG); // a poison record is expected, the warning above says it
        handler.setBackOffFunction((record, ex) -> isPoison(ex) ? poisonBackOff : null);
        return (container, destination, group) -> {
            if (destination.equals(media.topic())) {
                container.setCommonErrorHandler(handler);
            }
        };
    }

    /** Poison: the record itself is wrong (undecodable, or not even convertible to bytes, e.g. a tombstone). */
    static boolean isPoison(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PoisonMediaException || t instanceof MessageConversionException) {
                return true;
            }
        }
        return false;
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
            admin.createTopics(List.of(new NewTopic(name, Optional.empty(), Optional.empty()))).all().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (Exception ex) {
            log.debug("DLQ topic {} not created here ({}); it may exist already", name, ex.getMessage());
        }
    }
}
