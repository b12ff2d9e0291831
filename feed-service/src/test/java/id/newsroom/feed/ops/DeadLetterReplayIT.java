package id.newsroom.feed.ops;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import id.newsroom.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replay through feed-service's own actuator: a valid event that an earlier, stricter decoder had dead-lettered
 * (written to the DLQ as Spring Kafka's recoverer writes it) is listed, inspected, replayed once into the feed, and a
 * second replay re-drives nothing.
 */
class DeadLetterReplayIT extends FeedIntegrationTest {

    static final String DLQ = "news.articles.v1.dlq.feed-service";

    @Test
    void aWronglyRejectedEventIsReplayedOnceAndAppliedOnce() throws Exception {
        String id = Events.newId();
        String ceId = UUID.randomUUID().toString();
        Map<String, Object> event = Events.published(id, "pemerintahan", tags("dlq-replay"));
        deadLetter(id, JSON.writeValueAsBytes(event), ceId);

        JsonNode item = await().atMost(20, SECONDS).until(() -> find(id), i -> i != null);
        assertThat(item.path("replayed").asBoolean()).isFalse();
        assertThat(item.path("reason").asString()).contains("decoder before the fix");
        assertThat(item.path("originalTopic").asString()).isEqualTo(Events.TOPIC);
        assertThat(item.path("originalOffset").asLong()).isEqualTo(4242L);
        String recordId = item.path("id").asString();

        JsonNode one = getJson("/actuator/deadletters/" + recordId);
        assertThat(one.path("payload").asString()).contains(id);
        assertThat(one.path("headers").path("ce_id").asString()).isEqualTo(ceId);

        JsonNode first = post("?ids=" + recordId);
        assertThat(first.path("replayed").asInt()).isEqualTo(1);
        await().atMost(20, SECONDS).untilAsserted(
                () -> assertThat(ids(getJson("/api/feed/categories/pemerintahan?limit=100"))).contains(id));

        JsonNode second = post("?ids=" + recordId);
        assertThat(second.path("replayed").asInt()).isZero();
        assertThat(second.path("alreadyReplayed").asInt()).isEqualTo(1);
        assertThat(find(id).path("replayed").asBoolean()).isTrue();

        // Exactly one copy went back to the topic, with the original headers and without the DLQ's own.
        List<ConsumerRecord<String, byte[]>> redriven = redrivenCopies(id);
        assertThat(redriven).hasSize(1);
        ConsumerRecord<String, byte[]> copy = redriven.get(0);
        assertThat(text(copy.headers().lastHeader("ce_id"))).isEqualTo(ceId);
        assertThat(text(copy.headers().lastHeader("x-replayed-from"))).isEqualTo(DLQ + "-" + recordId);
        assertThat(copy.headers().toArray()).extracting(Header::key).noneMatch(k -> k.startsWith("kafka_dlt-"));
    }

    @Test
    void badRequestsAre400() {
        assertThat(get("/actuator/deadletters/not-an-id").statusCode()).isEqualTo(400);
        assertThat(postStatus("")).isEqualTo(400);
        assertThat(get("/actuator/deadletters/0-999999999").statusCode()).isEqualTo(404);
    }

    private JsonNode find(String key) {
        String after = null;
        do {
            JsonNode page = getJson("/actuator/deadletters?limit=100" + (after == null ? "" : "&after=" + after));
            for (JsonNode i : page.path("items")) {
                if (key.equals(i.path("key").asString())) {
                    return i;
                }
            }
            after = page.path("next").isNull() ? null : page.path("next").asString();
        } while (after != null);
        return null;
    }

    private JsonNode post(String query) throws Exception {
        HttpResponse<String> r = send(query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private int postStatus(String query) {
        try {
            return send(query).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String query) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/deadletters" + query))
                        .header("Authorization", OPERATOR)
                        .header("Content-Type", "application/json") // the actuator's write operations want it, body or not
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // As DeadLetterPublishingRecoverer writes it: original headers, then kafka_dlt-* with binary partition/offset.
    private static void deadLetter(String key, byte[] value, String ceId) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(DLQ, key, value);
            header(r, "ce_specversion", "1.0");
            header(r, "ce_id", ceId);
            header(r, "ce_source", "/article-service");
            header(r, "ce_type", "news.article.created");
            header(r, "ce_subject", key);
            header(r, "ce_time", Instant.now().toString());
            header(r, "content-type", "application/json");
            header(r, "kafka_dlt-original-topic", Events.TOPIC);
            r.headers().add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(0).array());
            r.headers().add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(4242L).array());
            header(r, "kafka_dlt-exception-message", "contract violation (decoder before the fix)");
            producer.send(r).get();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> redrivenCopies(String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "replay-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Events.TOPIC));
            await().atMost(20, SECONDS).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty() && consumer.assignment().stream()
                        .allMatch(tp -> consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp));
            });
        }
        return found;
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Header h) {
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
