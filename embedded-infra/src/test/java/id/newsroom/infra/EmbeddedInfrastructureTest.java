package id.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void kafkaKeepsRecordsAcrossARestartOnTheSameFolder() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        try {
            broker.createTopic("t", 1, Map.of());
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "hello")).get();
            }
            broker.stop();
            assertThat(Ports.inUse(broker.port())).isFalse();
            broker.start();
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "g",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                List<String> values = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> { // the consumer is single-threaded
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                    assertThat(values).containsExactly("hello");
                });
            }
        } finally {
            broker.close();
        }
    }

    @Test
    void mongoStandInPersistsToItsFileAcrossARestart() {
        Path file = dir.resolve("mongo/data.mv");
        MongoStandIn first = MongoStandIn.start(file, 0);
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            client.getDatabase("d").getCollection("c").insertOne(new Document("_id", "a").append("n", 1));
        }
        first.close();
        MongoStandIn second = MongoStandIn.start(file, 0);
        try (MongoClient client = MongoClients.create(second.connectionString())) {
            Document doc = client.getDatabase("d").getCollection("c").find().first();
            assertThat(doc).isNotNull();
            assertThat(doc.getInteger("n")).isEqualTo(1);
            assertThat(client.getDatabase("d").runCommand(new Document("ping", 1)).get("ok")).isIn(1, 1.0);
        } finally {
            second.close();
        }
    }
}
