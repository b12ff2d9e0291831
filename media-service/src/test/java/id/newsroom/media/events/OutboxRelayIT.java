package id.newsroom.media.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.newsroom.infra.TestInfrastructure;
import id.newsroom.media.catalog.Ids;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.variants.FocalPoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Kafka away loses nothing: the event written with the media stays in its document while sends fail, the gauges show
 * it waiting, and the next relay pass once Kafka answers delivers it and empties the outbox.
 */
class OutboxRelayIT {

    private final MongoClient mongo = MongoClients.create(TestInfrastructure.get().mongoUri());
    private final MediaCatalog catalog = new MediaCatalog(
            mongo.getDatabase("media-outbox-it").getCollection("media-" + System.nanoTime()));
    private final MediaProperties properties = new Binder(new MapConfigurationPropertySource(
            Map.of("media.events.send-timeout", "2s"))).bindOrCreate("media", MediaProperties.class);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @AfterEach
    void close() {
        scheduler.shutdown();
        mongo.close();
    }

    @Test
    void eventsWaitInTheDocumentWhileKafkaIsAwayAndGoOutWhenItIsBack() {
        scheduler.initialize();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String sha = Long.toHexString(System.nanoTime()).repeat(4);
        Media media = new Media(Ids.uuidV7(), 1, Media.revision(sha, FocalPoint.CENTRE), List.of("x"), sha, 800,
                500, "webp", 1000, null, null, null, FocalPoint.CENTRE, List.of(320, 640), null, now, now, Map.of());
        assertThat(catalog.insert(media, new MediaEvents(properties).pending(media, MediaEvents.CREATED))).isTrue();

        SimpleMeterRegistry down = new SimpleMeterRegistry();
        KafkaTemplate<String, String> away = template("127.0.0.1:1"); // nothing listens there
        new OutboxRelay(catalog, away, scheduler, properties, down).drain();
        assertThat(catalog.pending(10)).hasSize(1);
        assertThat(down.get("news_media_outbox_pending_events").gauge().value()).isEqualTo(1);
        away.destroy();

        SimpleMeterRegistry up = new SimpleMeterRegistry();
        KafkaTemplate<String, String> back = template(TestInfrastructure.get().kafkaBootstrapServers());
        new OutboxRelay(catalog, back, scheduler, properties, up).drain();
        assertThat(catalog.pending(10)).isEmpty();
        assertThat(up.get("news_media_outbox_pending_events").gauge().value()).isZero();
        assertThat(up.get("news_media_outbox_oldest_pending_age_seconds").gauge().value()).isZero();
        back.destroy();
    }

    private static KafkaTemplate<String, String> template(String brokers) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000),
                new StringSerializer(), new StringSerializer()));
    }
}
