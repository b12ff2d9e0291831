package id.newsroom.defaults.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A consumer dead-letters what its decoder rejects (Spring Kafka's DeadLetterPublishingRecoverer, as the services do,
 * against a real broker); the decoder is "fixed"; a replay re-drives each record once with its original headers; a
 * second replay re-drives nothing.
 */
class DeadLetterReplayIT {

    static final String TOPIC = "replay-it.events";
    static final String DLQ = "replay-it.events.dlq";

    static String servers;
    static KafkaMessageListenerContainer<String, String> service;
    static KafkaTemplate<String, String> producer;
    static final AtomicBoolean decoderFixed = new AtomicBoolean(false);
    static final List<ConsumerRecord<String, String>> applied = new CopyOnWriteArrayList<>();

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DeadLetterAutoConfiguration.class))
            .withPropertyValues("platform.dead-letters.topic=" + DLQ, "spring.kafka.bootstrap-servers=" + servers,
                    "spring.application.name=replay-it", "platform.dead-letters.backlog-refresh=200ms")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(TaskScheduler.class, () -> {
                ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
                scheduler.initialize();
                return scheduler;
            });

    @BeforeAll
    static void startService() {
        servers = TestInfrastructure.get().kafkaBootstrapServers();
        EmbeddedKafkaBroker.createTopic(servers, TOPIC, 2, Map.of());
        EmbeddedKafkaBroker.createTopic(servers, DLQ, 2, Map.of());
        producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        ContainerProperties props = new ContainerProperties(TOPIC);
        props.setMessageListener((MessageListener<String, String>) record -> {
            if (record.value().startsWith("v2:") && !decoderFixed.get()) {
                throw new IllegalArgumentException("unknown event format v2");
            }
            applied.add(record);
        });
        service = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG, "replay-it-service",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer()), props);
        service.setCommonErrorHandler(new DefaultErrorHandler(new DeadLetterPublishingRecoverer(producer,
                (r, e) -> new TopicPartition(DLQ, r.partition())), new FixedBackOff(0, 1)));
        service.start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aFixedPoisonEventIsReplayedOnceWithItsHeaders() throws Exception {
        send("article-1", "v1:first", "ce-1");
        send("article-2", "v2:poison", "ce-2");
        send("article-1", "v1:second", "ce-3");
        await().atMost(Duration.ofSeconds(30)).until(() -> values().containsAll(List.of("v1:first", "v1:second")));

        context.run(ctx -> {
            DeadLetterEndpoint endpoint = ctx.getBean(DeadLetterEndpoint.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ((Number) endpoint.list(null, null).get("count")).longValue() == 1);
            Map<String, Object> listing = endpoint.list(null, null);
            assertThat(listing.get("notReplayed")).isEqualTo(1L);
            // The operators' gauge counts the same from offsets alone.
            assertThat(ctx.getBean(DeadLetterReplay.class).waiting()).isEqualTo(1L);
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingGauge(ctx) == 1.0);
            @SuppressWarnings("unchecked")
            Map<String, Object> item = ((List<Map<String, Object>>) listing.get("items")).get(0);
            assertThat(item).containsEntry("key", "article-2").containsEntry("originalTopic", TOPIC)
                    .containsEntry("replayed", false);
            assertThat((String) item.get("reason")).contains("unknown event format v2");
            assertThat(item.get("originalOffset")).isNotNull();

            String id = (String) item.get("id");
            Map<String, Object> one = endpoint.one(id);
            assertThat(one).containsEntry("payload", "v2:poison");
            assertThat((Map<String, Object>) one.get("headers")).containsEntry("ce_id", "ce-2")
                    .containsKey("kafka_dlt-exception-message");

            decoderFixed.set(true);
            Map<String, Object> first = endpoint.replay(true, null, null, null, null);
            assertThat(first).containsEntry("replayed", 1).containsEntry("ids", List.of(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> values().contains("v2:poison"));
            ConsumerRecord<String, String> redriven = applied.stream().filter(r -> r.value().equals("v2:poison"))
                    .findFirst().orElseThrow();
            assertThat(redriven.key()).isEqualTo("article-2");
            assertThat(header(redriven, "ce_id")).isEqualTo("ce-2");
            assertThat(header(redriven, "x-replayed-from")).isEqualTo(DLQ + "-" + id);
            assertThat(redriven.headers().toArray()).extracting(Header::key)
                    .noneMatch(k -> k.startsWith("kafka_dlt-"));

            Map<String, Object> second = endpoint.replay(true, null, null, null, null);
            assertThat(second).containsEntry("replayed", 0);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> values().stream().filter("v2:poison"::equals).count() == 1);
            assertThat(endpoint.list(null, null)).containsEntry("notReplayed", 0L);
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingGauge(ctx) == 0.0);
        });

        // Another one later, replayed by id: the ledger remembers ids as well as "everything before".
        decoderFixed.set(false);
        send("article-3", "v2:another", "ce-4");
        context.run(ctx -> {
            DeadLetterEndpoint endpoint = ctx.getBean(DeadLetterEndpoint.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ((Number) endpoint.list(null, null).get("notReplayed")).longValue() == 1);
            @SuppressWarnings("unchecked")
            String id = ((List<Map<String, Object>>) endpoint.list(null, null).get("items")).stream()
                    .filter(i -> Boolean.FALSE.equals(i.get("replayed"))).map(i -> (String) i.get("id"))
                    .findFirst().orElseThrow();
            decoderFixed.set(true);
            assertThat(endpoint.replay(null, id, null, null, null)).containsEntry("replayed", 1);
            assertThat(endpoint.replay(null, id, null, null, null)).containsEntry("replayed", 0)
                    .containsEntry("alreadyReplayed", 1L);
            await().atMost(Duration.ofSeconds(30)).until(() -> values().contains("v2:another"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> values().stream().filter("v2:another"::equals).count() == 1);
        });
    }

    private static double waitingGauge(org.springframework.context.ApplicationContext ctx) {
        return ctx.getBean(MeterRegistry.class).get("news.dead.letters.waiting").tag("topic", DLQ).gauge().value();
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        context.run(ctx -> {
            DeadLetterEndpoint endpoint = ctx.getBean(DeadLetterEndpoint.class);
            assertThatThrownBy(() -> endpoint.one("zero")).isInstanceOf(InvalidEndpointRequestException.class)
                    .hasMessageContaining("<partition>-<offset>");
            assertThatThrownBy(() -> endpoint.replay(null, null, null, null, null))
                    .isInstanceOf(InvalidEndpointRequestException.class).hasMessageContaining("what to replay");
            assertThat(endpoint.one("1-999999")).isNull();
        });
    }

    @Test
    void offWithoutATopic() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DeadLetterAutoConfiguration.class))
                .run(ctx -> assertThat(ctx).doesNotHaveBean(DeadLetterEndpoint.class));
    }

    private static void send(String key, String value, String ceId) throws Exception {
        ProducerRecord<String, String> r = new ProducerRecord<>(TOPIC, key, value);
        r.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", "news.article.updated".getBytes(StandardCharsets.UTF_8));
        producer.send(r).get();
    }

    private static List<String> values() {
        return applied.stream().map(ConsumerRecord::value).toList();
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
