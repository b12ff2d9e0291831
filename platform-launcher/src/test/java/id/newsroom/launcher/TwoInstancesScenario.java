package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of every service on one platform while a writer creates, publishes, edits, schedules and unpublishes
 * through both article-services: every (article, version) is published exactly once (one relay, one scheduler
 * winner), the two feed-services (one consumer group) apply every event exactly once between them and answer the same
 * pages, and the two search-services (each consuming everything) answer the same results. Run by
 * {@link LocalPlatformIT} on its restarted platform (one start of nine processes less in CI); only this scenario's
 * articles (the word {@link #WORD}) are looked at, whatever else the platform holds.
 */
final class TwoInstancesScenario {

    private static final String WORD = "kedungwaringin"; // in every article of this scenario, nowhere else

    private final Platform platform;

    private TwoInstancesScenario(Platform platform) {
        this.platform = platform;
    }

    static void check(Platform platform) {
        new TwoInstancesScenario(platform).everyEventOnceEveryPageAndResultTheSameOnBothInstances();
    }

    private void everyEventOnceEveryPageAndResultTheSameOnBothInstances() {
        List<String> feeds = platform.instancesOf("feed-service").stream().map(ServiceProcess::baseUrl).toList();
        double appliedBefore = feeds.stream().mapToDouble(TwoInstancesScenario::appliedEvents).sum();
        List<String> articles = platform.instancesOf("article-service").stream().map(ServiceProcess::baseUrl).toList();
        assertThat(articles).hasSize(2);
        List<String> ids = new ArrayList<>();
        Map<String, Integer> expectedVersion = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            String api = articles.get(i % 2); // alternate between the instances
            Http.Response created = Http.postAsEditor(api + "/api/articles", article(i, "Pasar " + WORD + " ke-" + i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().path("id").asString();
            ids.add(id);
            expectedVersion.put(id, 1);
            if (i < 5) { // five published now, the sixth by the scheduler
                assertThat(
                        Http.postAsEditor(articles.get((i + 1) % 2) + "/api/articles/" + id + "/publish", "").status())
                        .isEqualTo(200);
                expectedVersion.merge(id, 1, Integer::sum);
            }
        }
        for (int i = 0; i < 3; i++) { // edits, with the version as ETag
            String id = ids.get(i);
            Http.Response edited = Http.asEditor("PUT", articles.get(i % 2) + "/api/articles/" + id,
                    article(i, "Pasar " + WORD + " diperluas ke-" + i), "If-Match",
                    "\"" + expectedVersion.get(id) + "\"");
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            // A published story's edit waits in its working copy: publishing the update is the one new version.
            Http.Response updated = Http.asEditor("POST", articles.get((i + 1) % 2) + "/api/articles/" + id
                    + "/publish", "", "If-Match", edited.raw().headers().firstValue("ETag").orElseThrow());
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            expectedVersion.merge(id, 1, Integer::sum);
        }
        for (String id : ids.subList(3, 5)) {
            assertThat(Http.postAsEditor(articles.get(1) + "/api/articles/" + id + "/unpublish", "").status())
                    .isEqualTo(200);
            expectedVersion.merge(id, 1, Integer::sum);
        }
        String scheduled = ids.get(5);
        Http.Response schedule = Http.postAsEditor(articles.get(0) + "/api/articles/" + scheduled + "/schedule",
                "{\"at\": \"" + Instant.now().plusSeconds(2) + "\"}");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        expectedVersion.merge(scheduled, 2, Integer::sum); // scheduled, then published by one scheduler

        Map<String, List<Integer>> published = awaitEvents(expectedVersion);
        published.forEach((id, versions) -> assertThat(versions).as("versions of " + id + " on the topic, in order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, expectedVersion.get(id)).boxed().toList()));
        int events = expectedVersion.values().stream().mapToInt(Integer::intValue).sum();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                feeds.stream().mapToDouble(TwoInstancesScenario::appliedEvents).sum() - appliedBefore)
                .isEqualTo(events));
        Set<String> visible = Set.of(ids.get(0), ids.get(1), ids.get(2), scheduled);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(feedIds(feeds.get(0))).containsExactlyInAnyOrderElementsOf(visible);
            assertThat(feedIds(feeds.get(1))).containsExactlyElementsOf(feedIds(feeds.get(0)));
            assertThat(Http.get(feeds.get(1) + "/api/feed?limit=100").json())
                    .isEqualTo(Http.get(feeds.get(0) + "/api/feed?limit=100").json());
        });

        List<String> searches = platform.instancesOf("search-service").stream().map(ServiceProcess::baseUrl).toList();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String search : searches) {
                assertThat(searchIds(search)).as(search).containsExactlyInAnyOrderElementsOf(visible);
            }
            assertThat(searchIds(searches.get(1))).containsExactlyElementsOf(searchIds(searches.get(0)));
        });
        // media-service runs once whatever the instance count (it holds no consumer group; see Platform)
        assertThat(platform.services()).as("two of each of the four services, one media-service").hasSize(9)
                .allMatch(ServiceProcess::isAlive);
    }

    private static String article(int i, String title) {
        return """
                {"title": "%s", "summary": "Warga %s menyambut pasar baru.", "body": "<p>Pasar %s nomor %d.</p>",
                 "category": "bisnis", "tags": ["pasar"]}""".formatted(title, WORD, WORD, i);
    }

    /** Reads the topic from the start until every article's expected last version is there; versions per article. */
    private Map<String, List<Integer>> awaitEvents(Map<String, Integer> expectedVersion) {
        Map<String, List<Integer>> versions = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "two-instances-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Platform.TOPIC));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (expectedVersion.containsKey(record.key())) {
                        int version = Http.JSON.readTree(record.value()).path("version").asInt();
                        versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(version);
                    }
                }
                assertThat(versions.keySet()).containsExactlyInAnyOrderElementsOf(expectedVersion.keySet());
                expectedVersion.forEach((id, last) -> assertThat(versions.get(id)).contains(last));
            });
            // Anything published twice would arrive with or shortly after the last version: read on for a moment.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (expectedVersion.containsKey(record.key())) {
                        versions.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(Http.JSON.readTree(record.value()).path("version").asInt());
                    }
                }
                return true;
            });
        }
        return versions;
    }

    /** news_feed_events_total{outcome="applied"} of one feed-service instance. */
    private static double appliedEvents(String feed) {
        return Http.get(feed + "/actuator/prometheus").body().lines()
                .filter(l -> l.startsWith("news_feed_events_total{") && l.contains("outcome=\"applied\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** This scenario's articles on the home feed, newest first. */
    private static List<String> feedIds(String feed) {
        JsonNode items = Http.get(feed + "/api/feed?limit=100").json().path("items");
        return items.valueStream().filter(i -> i.path("title").asString().contains(WORD))
                .map(i -> i.path("id").asString()).collect(Collectors.toList());
    }

    private static List<String> searchIds(String search) {
        JsonNode hits = Http.get(search + "/api/search?size=50&sort=newest&q=" + WORD).json().path("hits");
        return hits.valueStream().map(h -> h.path("articleId").asString()).toList();
    }
}
