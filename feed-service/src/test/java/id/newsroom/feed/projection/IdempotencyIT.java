package id.newsroom.feed.projection;

import id.newsroom.feed.readmodel.ReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static id.newsroom.feed.projection.ProjectionWriter.Outcome.APPLIED;
import static id.newsroom.feed.projection.ProjectionWriter.Outcome.DUPLICATE;
import static id.newsroom.feed.projection.ProjectionWriter.Outcome.STALE;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Duplicates and out-of-order versions change nothing, both in one bulk write and through Kafka. */
class IdempotencyIT extends FeedIntegrationTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Autowired
    ProjectionWriter writer;
    @Autowired
    EventDecoder decoder;
    @Autowired
    ReadModel readModel;
    @Autowired
    MeterRegistry registry;

    @Test
    void bulkWriteKeepsTheNewestVersionOnly() {
        MongoCollection<Document> scratch = readModel.database().getCollection("idempotency_" + System.nanoTime());
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "bisnis", tags("a"));
        Map<String, Object> v2 = Events.next(v1, "edited", changes("title", "Versi dua"));
        Map<String, Object> v3 = Events.next(v2, "edited", changes("title", "Versi tiga"));

        List<IncomingEvent> first = decode(v2, v1, v3, v2);
        ProjectionWriter.Result r1 = writer.apply(first, scratch);
        assertThat(r1.outcomes().get(first.get(2))).isEqualTo(APPLIED);
        assertThat(r1.count(DUPLICATE)).as("v2 twice in one batch").isEqualTo(1);
        assertThat(scratch.find(Filters.eq("_id", id)).first().getString("title")).isEqualTo("Versi tiga");

        List<IncomingEvent> redelivered = decode(v1, v3);
        ProjectionWriter.Result r2 = writer.apply(redelivered, scratch);
        assertThat(r2.outcomes().get(redelivered.get(0))).isEqualTo(STALE);
        assertThat(r2.outcomes().get(redelivered.get(1))).isEqualTo(DUPLICATE);
        assertThat(r2.changes()).isEmpty();
        Document held = scratch.find(Filters.eq("_id", id)).first();
        assertThat(held.getString("title")).isEqualTo("Versi tiga");
        assertThat(((Number) held.get("version")).longValue()).isEqualTo(3);
        scratch.drop();
    }

    @Test
    void staleAndDuplicateDeliveriesThroughKafkaChangeNothing() {
        double staleBefore = count("stale");
        double duplicateBefore = count("duplicate");
        String id = Events.newId();
        Map<String, Object> v1 = Events.published(id, "wisata", tags("urutan-" + id));
        Map<String, Object> v2 = Events.next(v1, "edited", changes("title", "Judul terbaru"));
        events.send(v2);
        await().atMost(15, SECONDS)
                .untilAsserted(() -> assertThat(get("/api/articles/" + v1.get("slug")).statusCode()).isEqualTo(200));
        events.send(v1); // out of order: older than what is held
        events.send(v2); // redelivery
        await().atMost(15, SECONDS).untilAsserted(() -> {
            assertThat(count("stale")).isGreaterThanOrEqualTo(staleBefore + 1);
            assertThat(count("duplicate")).isGreaterThanOrEqualTo(duplicateBefore + 1);
        });
        assertThat(getJson("/api/articles/" + v1.get("slug")).get("title").asString()).isEqualTo("Judul terbaru");
        assertThat(getJson("/api/articles/" + v1.get("slug")).get("version").asLong()).isEqualTo(2);
    }

    private double count(String outcome) {
        return registry.get("news.feed.events").tag("outcome", outcome).counter().count();
    }

    @SafeVarargs
    private List<IncomingEvent> decode(Map<String, Object>... data) {
        List<IncomingEvent> out = new ArrayList<>();
        for (Map<String, Object> d : data) {
            out.add(decoder.decode(MAPPER.writeValueAsBytes(d)));
        }
        return out;
    }
}
