package id.newsroom.media.events;

import id.newsroom.media.config.MediaProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The media topic, compacted: the latest event per media id is its whole current state. */
@Configuration(proxyBeanMethods = false)
public class KafkaTopicConfig {

    @Bean
    NewTopic mediaTopic(MediaProperties properties) {
        MediaProperties.Events events = properties.events();
        return TopicBuilder.name(events.topic()).partitions(events.partitions()).replicas(events.replicas())
                .compact().build();
    }
}
