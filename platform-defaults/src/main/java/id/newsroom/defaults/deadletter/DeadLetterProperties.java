package id.newsroom.defaults.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dead-letter replay ({@code platform.dead-letters.*}); on when {@code topic} is set.
 *
 * @param topic            the service's dead-letter topic, e.g. {@code news.articles.v1.dlq.feed-service}
 * @param bootstrapServers the broker; empty: {@code spring.kafka.bootstrap-servers}
 * @param replayGroup      the consumer group whose committed offsets remember what was replayed; empty:
 *                         {@code <spring.application.name>-dlq-replay}
 * @param fallbackTopic    where a record without a {@code kafka_dlt-original-topic} header is re-driven; empty: refused
 * @param pageSize         records per listing page unless the request says
 * @param timeout          how long one read of the topic may take
 * @param backlogRefresh   how often the waiting count ({@code news_dead_letters_waiting}) is taken from the offsets
 */
@ConfigurationProperties("platform.dead-letters")
public record DeadLetterProperties(String topic, String bootstrapServers, String replayGroup, String fallbackTopic,
        @DefaultValue("50") int pageSize, @DefaultValue("10s") Duration timeout,
        @DefaultValue("30s") Duration backlogRefresh) {}
