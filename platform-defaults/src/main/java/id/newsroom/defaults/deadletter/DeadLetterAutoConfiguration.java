package id.newsroom.defaults.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;

/**
 * Dead-letter listing and replay for a service that consumes Kafka: on when the Kafka client, Spring Kafka and the
 * actuator are on the classpath and {@code platform.dead-letters.topic} names the service's dead-letter topic.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.apache.kafka.clients.consumer.KafkaConsumer",
        "org.springframework.kafka.core.ConsumerFactory",
        "org.springframework.boot.actuate.endpoint.annotation.Endpoint"})
@ConditionalOnProperty(prefix = "platform.dead-letters", name = "topic")
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterReplay deadLetterReplay(DeadLetterProperties properties, Environment environment) {
        String servers = firstSet(properties.bootstrapServers(),
                environment.getProperty("spring.kafka.bootstrap-servers"),
                environment.getProperty("spring.cloud.stream.kafka.binder.brokers"), "127.0.0.1:9092");
        String group = firstSet(properties.replayGroup(),
                environment.getProperty("spring.application.name", "service") + "-dlq-replay");
        return new DeadLetterReplay(properties, servers, group);
    }

    /** The waiting count as a gauge, where the service has metrics and a task scheduler (@EnableScheduling). */
    @Bean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnMissingBean
    DeadLetterBacklog deadLetterBacklog(DeadLetterReplay replay, DeadLetterProperties properties,
            ObjectProvider<MeterRegistry> registry, ObjectProvider<TaskScheduler> scheduler) {
        MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
        return new DeadLetterBacklog(replay, properties.topic(), meters, scheduler.getIfAvailable(),
                properties.backlogRefresh());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterReplay replay, DeadLetterProperties properties) {
        return new DeadLetterEndpoint(replay, properties.pageSize());
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
