package id.newsroom.feed.projection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import id.newsroom.infra.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Poison events go to the DLQ after bounded retries, and the consumer keeps applying good ones. */
class DeadLetterIT extends FeedIntegrationTest {

    @Autowired
    MeterRegistry registry;

    @Test
    void poisonEventsAreDeadLetteredAndTheConsumerKeepsGoing() {
        double before = registry.get("news.feed.events").tag("outcome", "dead_lettered").counter().count();
        String badJson = "racun-json-" + Events.newId();
        String violation = "racun-skema-" + Events.newId();
        String good = Events.newId();

        events.sendRaw(badJson, "{not json".getBytes(StandardCharsets.UTF_8), "news.article.created");
        Map<String, Object> noTitle = Events.published(violation, "hukum", tags("x"));
        noTitle.remove("title");
        noTitle.put("version", "satu");
        events.sendRaw(violation, ("{\"articleId\":\"" + violation + "\",\"version\":0,\"status\":\"PUBLISHED\"}")
                .getBytes(StandardCharsets.UTF_8), "news.article.created");
        // A tombstone is no event of the contract: poison as in search, not a delete (the article comes next).
        events.sendRaw(good, null, "news.article.deleted");
        events.send(Events.published(good, "hukum", tags("setelah-racun")));

        await().atMost(20, SECONDS)
                .untilAsserted(() -> assertThat(ids(getJson("/api/feed/categories/hukum?limit=100"))).contains(good));

        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = dlqConsumer()) {
            consumer.subscribe(List.of("news.articles.v1.dlq.feed-service"));
            await().atMost(20, SECONDS).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                assertThat(dead).extracting(ConsumerRecord::key).contains(badJson, violation, good);
            });
        }
        ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> r.key().equals(badJson)).findFirst()
                .orElseThrow();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(reason(record)).as(reason(record))
                .contains("contract violation: article-event.schema.json: not JSON");
        // The schema's own violations (platform-defaults' JsonContract), word for word what search writes.
        assertThat(reason(dead.stream().filter(r -> r.key().equals(violation)).findFirst().orElseThrow()))
                .contains("/version: must have a minimum value of 1").contains("required property 'slug'");
        ConsumerRecord<String, byte[]> tombstone = dead.stream().filter(r -> r.key().equals(good)).findFirst()
                .orElseThrow();
        assertThat(tombstone.value()).isNull();
        assertThat(reason(tombstone)).contains("no value");
        assertThat(record.headers().lastHeader("ce_type")).as("original headers travel along").isNotNull();
        assertThat(registry.get("news.feed.events").tag("outcome", "dead_lettered").counter().count())
                .isGreaterThanOrEqualTo(before + 2);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> dlqConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-check-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
