package id.newsroom.article.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import id.newsroom.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * A plain Kafka consumer reading news.articles.v1 from the beginning in the background, as any consumer would.
 * As a JUnit extension ({@code @RegisterExtension static final EventCollector events = onTestInfrastructure()}) it
 * runs for one test class and stops after it.
 */
public final class EventCollector implements AutoCloseable, AfterAllCallback {

    private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public EventCollector(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "article-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer.subscribe(List.of("news.articles.v1"));
                while (running) {
                    try {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                            events.add(Event.of(r));
                        }
                    } catch (RuntimeException e) {
                        // broker away during outage tests: keep polling
                    }
                }
            }
        }, "event-collector");
        thread.setDaemon(true);
        thread.start();
    }

    /** A collector on the shared test broker. */
    public static EventCollector onTestInfrastructure() {
        return new EventCollector(TestInfrastructure.get().kafkaBootstrapServers());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        close();
    }

    public List<Event> forArticle(String articleId) {
        return events.stream().filter(e -> articleId.equals(e.key())).toList();
    }

    /** When the first event of the article reached this consumer (System.nanoTime). */
    public long seenAt(String articleId) {
        return forArticle(articleId).get(0).receivedNanos();
    }

    public List<Event> all() {
        return new ArrayList<>(events);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    /** A record as consumed; {@code timestamp} is Kafka's (the producer's send time, ms). */
    public record Event(String key, Map<String, String> headers, String value, int partition, long offset,
            long receivedNanos, long timestamp) {

        static Event of(ConsumerRecord<String, byte[]> r) {
            Map<String, String> h = new java.util.LinkedHashMap<>();
            for (Header header : r.headers()) {
                h.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            return new Event(r.key(), h, r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8),
                    r.partition(), r.offset(), System.nanoTime(), r.timestamp());
        }

        public JsonNode data() {
            return Api.JSON.readTree(value);
        }

        public long version() {
            return data().get("version").asLong();
        }

        public String change() {
            return data().get("change").asString();
        }
    }
}
