package id.newsroom.feed.projection;

import id.newsroom.feed.readmodel.ReadModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.support.Events;
import id.newsroom.infra.MongoStandIn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure of a batch names the record the error handler should go on from: a poison record itself, and a write
 * that failed (MongoDB away) the batch's first record. A failure naming none had the whole batch retried as one,
 * and a poison record in it then failed every retry: the partition stood still for good.
 */
class ProjectionConsumerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPoisonRecordIsNamedAfterTheEventsBeforeItAreApplied() {
        try (MongoStandIn mongo = MongoStandIn.start(null, 0); MongoClient client = client(mongo)) {
            ReadModel readModel = new ReadModel(client, properties());
            String before = Events.newId();
            BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                    () -> consumer(readModel)
                            .consume(batch(good(before), "{not json".getBytes(), good(Events.newId()))));
            assertThat(failure.getIndex()).isEqualTo(1);
            assertThat(readModel.active().countDocuments()).as("the event before the poison one").isEqualTo(1);
        }
    }

    @Test
    void aFailedWriteNamesTheBatchsFirstRecord() {
        MongoStandIn mongo = MongoStandIn.start(null, 0);
        try (MongoClient client = client(mongo)) {
            ReadModel readModel = new ReadModel(client, properties());
            mongo.close(); // MongoDB goes away
            BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                    () -> consumer(readModel).consume(batch(good(Events.newId()), good(Events.newId()))));
            assertThat(failure.getIndex()).isZero();
            assertThat(failure).cause().isInstanceOf(MongoException.class);
            assertThat(DeadLetterConfig.isPoison(failure)).as("retried as long as it takes").isFalse();
        }
    }

    private static ProjectionConsumer consumer(ReadModel readModel) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        return new ProjectionConsumer(new EventDecoder(JSON), new ProjectionWriter(), readModel,
                new ProjectionMetrics(registry), applied -> {}, // the cache and the live stream listen in the app
                new EventTracing(none.getBeanProvider(Tracer.class), none.getBeanProvider(Propagator.class)));
    }

    private static FeedProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of("feed.database", "projection-test")))
                .bindOrCreate("feed", FeedProperties.class);
    }

    private static MongoClient client(MongoStandIn mongo) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.connectionString()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(1, TimeUnit.SECONDS)).build());
    }

    private static byte[] good(String id) {
        return JSON.writeValueAsBytes(Events.published(id, "hukum", List.of("uji")));
    }

    private static Message<List<byte[]>> batch(byte[]... values) {
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            headers.add(Map.of("ce_type", "news.article.created", "ce_id", "e" + i, "ce_time",
                    "2026-11-29T00:00:00Z"));
        }
        return MessageBuilder.withPayload(List.of(values)).setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }
}
