package id.newsroom.article.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import id.newsroom.article.ArticleServiceApplication;
import id.newsroom.article.editing.ArticleWorkflow;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import id.newsroom.infra.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Scheduled articles go out on time with no request, exactly once across instances, and after a restart. */
class SchedulingIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Autowired
    ArticleStore store;
    @Autowired
    ArticleWorkflow service;
    @Autowired
    ArticleProperties properties;
    @Autowired
    MongoClient mongo;

    private String scheduled(String title, Instant at) {
        String id = editor().post("/api/articles", Api.article(title, "kesehatan")).json().get("id").asString();
        Api.Response r = editor().post("/api/articles/" + id + "/schedule", Map.of("at", at.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return id;
    }

    @Test
    void articleScheduledAFewSecondsAheadIsPublishedWithoutAnyRequest() {
        Instant at = Instant.now().plusSeconds(3);
        String id = scheduled("Vaksinasi Massal Digelar di Puskesmas Pasar Kemis", at);
        await().atMost(Duration.ofSeconds(15)).until(() -> events.forArticle(id).size() >= 3);
        EventCollector.Event published = events.forArticle(id).get(2);
        assertThat(published.change()).isEqualTo("published");
        assertThat(published.data().get("status").asString()).isEqualTo("PUBLISHED");
        Instant publishedAt = Instant.parse(published.data().get("publishedAt").asString());
        // "within a second or two": the publisher polls every 500 ms; the margin allows for a busy shared machine
        assertThat(publishedAt).isAfterOrEqualTo(at.minusMillis(1)).isBefore(at.plusMillis(3000));
        assertThat(EventSchema.violations(published.value())).isEmpty();
        assertThat(published.headers().get("traceparent")).as("the scheduler's publication has its own trace")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        var revisions = editor().get("/api/articles/" + id + "/revisions").json().get("items");
        assertThat(revisions.get(2).get("by").get("id").asString()).isEqualTo("scheduler");
    }

    @Test
    void severalInstancesPublishEachDueArticleExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        Instant at = Instant.now().plusSeconds(8); // leaves time to create them on a busy machine
        for (int i = 0; i < 5; i++) {
            ids.add(scheduled("Jadwal Posyandu Balita Kelurahan " + i, at));
        }
        // Three more "instances" racing the application's own publisher.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> wins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ScheduledPublisher other = new ScheduledPublisher(store, service, properties, new SimpleMeterRegistry(),
                    io.micrometer.observation.ObservationRegistry.NOOP);
            wins.add(pool.submit(() -> {
                go.await();
                int won = 0;
                Instant end = at.plusSeconds(3);
                while (Instant.now().isBefore(end)) {
                    won += other.publishDue();
                }
                return won;
            }));
        }
        go.countDown();
        for (Future<Integer> f : wins) {
            f.get();
        }
        pool.shutdown();
        for (String id : ids) {
            Api.Response a = editor().get("/api/articles/" + id);
            assertThat(a.json().get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(a.etag()).as("created, scheduled, published: one publication only").isEqualTo("\"3\"");
            assertThat(editor().get("/api/articles/" + id + "/revisions").json().get("items")).hasSize(3);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids.stream().allMatch(id -> events.forArticle(id).size() >= 3));
        for (String id : ids) {
            assertThat(events.forArticle(id).stream().filter(e -> e.change().equals("published")).count()).isEqualTo(1);
        }
    }

    @Test
    void overdueArticleIsPublishedAtStartUp() {
        String id = scheduled("Rumah Sakit Daerah Buka Layanan Malam", Instant.now().plusSeconds(3600));
        // A second database holds a copy that fell due while "its" service was down.
        String database = "articles-startup-" + System.nanoTime();
        MongoCollection<Document> target = mongo.getDatabase(database).getCollection("articles");
        Document copy = mongo.getDatabase("articles-it").getCollection("articles").find(Filters.eq("_id", id)).first();
        copy.put("scheduledAt", Date.from(Instant.now().minusSeconds(600)));
        copy.put("outbox", List.of());
        target.insertOne(copy);

        TestInfrastructure infra = TestInfrastructure.get();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ArticleServiceApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=" + infra.mongoUri(),
                        "--spring.mongodb.database=" + database,
                        "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                        "--spring.cloud.stream.kafka.binder.brokers=" + infra.kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "PUBLISHED".equals(target.find(Filters.eq("_id", id)).first().getString("status")));
            await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).stream()
                    .anyMatch(e -> e.change().equals("published") && e.version() == 3));
        }
    }

    @Test
    void overdueGaugeCountsScheduledArticlesPastTheirTime() {
        String metrics = anonymous().get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("news_articles_scheduled_overdue\\{[^}]*\\} 0");
    }
}
