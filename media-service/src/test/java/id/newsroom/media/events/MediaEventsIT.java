package id.newsroom.media.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import id.newsroom.infra.TestInfrastructure;
import id.newsroom.media.support.Api;
import id.newsroom.media.support.ItBase;
import id.newsroom.media.support.MediaEventSchema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Changes reach news.media.v1 as CloudEvents (binary mode) that conform to the contract, in version order. */
class MediaEventsIT extends ItBase {

    @Test
    void anUploadAndAPatchArePublishedAsConformingCloudEvents() {
        JsonNode media = writer()
                .upload("e.jpg", uniqueJpeg("icc-profiled.jpg"), "image/jpeg", Map.of("alt", "Animasi"))
                .json();
        String id = media.path("id").asString();
        writer().patchJson("/api/media/" + id, "{\"focalPoint\":{\"x\":0.3,\"y\":0.6}}");

        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor("news.media.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        mine.add(r);
                    }
                });
                return mine.size() >= 2;
            });
        }
        assertThat(mine).hasSize(2);
        assertThat(header(mine.get(0), "ce_type")).isEqualTo("news.media.created");
        assertThat(header(mine.get(1), "ce_type")).isEqualTo("news.media.updated");
        for (ConsumerRecord<String, String> r : mine) {
            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(r, "ce_source")).isEqualTo("/media-service");
            assertThat(header(r, "ce_subject")).isEqualTo(id);
            assertThat(header(r, "content-type")).isEqualTo("application/json");
            assertThat(header(r, "ce_id")).isNotBlank();
            assertThat(header(r, "ce_time")).isNotBlank();
            assertThat(MediaEventSchema.violations(r.value())).as(r.value()).isEmpty();
        }
        JsonNode updated = Api.JSON.readTree(mine.get(1).value());
        assertThat(updated.path("version").asLong()).isEqualTo(2);
        assertThat(updated.path("focalPoint").path("x").asDouble()).isEqualTo(0.3);
        assertThat(updated.path("alt").asString()).isEqualTo("Animasi");
        assertThat(updated.path("urlPattern").asString()).contains("/" + updated.path("revision").asString() + "/");
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
