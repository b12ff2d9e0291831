package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import id.newsroom.infra.TestInfrastructure;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.SearchITBase;

/** Poison messages go to the dead-letter topic with the reason, and indexing goes on past them. */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterIT extends SearchITBase {

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing(CapturedOutput output) {
        String key = UUID.randomUUID().toString(); // one key: all three records on one partition, in order
        String traceId = key.replace("-", "");
        events.send(key, "{ this is not json", "news.article.updated", true,
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        events.send(key, "{\"articleId\":\"" + key + "\",\"version\":\"two\",\"status\":\"PUBLISHED\"}",
                "news.article.updated", true);
        // A tombstone is no event of the contract: poison as in feed, not a delete (the article comes next).
        events.send(key, null, "news.article.deleted", true);
        String marker = "racun" + key.replace("-", "").substring(0, 8);
        Article good = new Article(key, "Setelah Pesan Rusak " + marker).published();
        events.send(good);

        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(key));

        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("news.articles.v1.dlq.search-service"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        dead.add(record);
                    }
                });
                return dead.size() >= 3;
            });
        }
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactly("{ this is not json",
                        "{\"articleId\":\"" + key + "\",\"version\":\"two\",\"status\":\"PUBLISHED\"}", null);
        // The reason is the schema's own (platform-defaults' JsonContract), word for word what feed writes.
        assertThat(header(dead.get(0), "kafka_dlt-exception-message"))
                .startsWith("contract violation: article-event.schema.json: not JSON");
        assertThat(header(dead.get(1), "kafka_dlt-exception-message"))
                .contains("/version: string found, integer expected").contains("required property 'slug'");
        assertThat(header(dead.get(2), "kafka_dlt-exception-message")).contains("no value");
        assertThat(header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo("news.articles.v1");
        assertThat(header(dead.get(0), "ce_type")).isEqualTo("news.article.updated"); // original headers kept
        // The indexer continued the writer's trace: its log line about this record carries the trace id.
        assertThat(output.getAll().lines().filter(line -> line.contains("Dead-lettering") && line.contains(traceId)))
                .isNotEmpty();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
