package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import id.newsroom.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's own promises: the embedded broker and MongoDB stand-in persist under the data folder, demo data is
 * loaded once (not again after a restart), and every process stops with the platform. The restart runs two instances
 * of each service, on which {@link TwoInstancesScenario} checks that every event is published and applied once.
 */
class LocalPlatformIT {

    @TempDir
    Path dataDir;

    @Test
    void demoDataIsLoadedOnceAndSurvivesARestartAsTwoInstancesOfEachService() {
        PlatformConfig config = new PlatformConfig(Path.of("..").toAbsolutePath().normalize(), dataDir,
                Ports.free(), null, Ports.free(), null, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free());

        int demoCount;
        try (Platform first = new Platform(config).start()) {
            DemoLoader loader = new DemoLoader(first.articleServiceUrl(), first.mediaServiceUrl());
            demoCount = loader.demoArticles().size();
            assertThat(demoCount).isGreaterThanOrEqualTo(30);
            assertThat(loader.loadIfEmpty()).isEqualTo(demoCount);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                            Http.get(first.feedServiceUrl() + "/api/feed?limit=100").json().path("items").size())
                            .isEqualTo(demoCount));
            first.close();
            assertThat(first.services()).noneMatch(ServiceProcess::isAlive);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)) // and the supervisor revives none
                    .until(() -> first.services().stream().noneMatch(ServiceProcess::isAlive));
            assertThat(Ports.inUse(config.kafkaPort())).isFalse();
        }

        try (Platform second = new Platform(config).instances(2).start()) {
            assertThat(new DemoLoader(second.articleServiceUrl(), second.mediaServiceUrl()).loadIfEmpty()).isZero();
            assertThat(Http.get(second.feedServiceUrl() + "/api/feed?limit=100").json().path("items").size())
                    .isEqualTo(demoCount);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(Http.get(second.searchServiceUrl() + "/api/search?q=tangerang")
                            .json().path("total").asInt())
                            .isPositive());

            TwoInstancesScenario.check(second);
            readinessFollowsMongoDbAndKafka(second);
        }
    }

    /**
     * Readiness goes DOWN while a dependency that the service cannot work without is away, and UP when it returns:
     * MongoDB for article-service and feed-service, Kafka for feed-service's consumer. (article-service keeps taking
     * writes while Kafka is away, its outbox holds the events; search-service keeps serving its index.)
     */
    private static void readinessFollowsMongoDbAndKafka(Platform platform) {
        String article = platform.articleServiceUrl() + "/actuator/health/readiness";
        String feed = platform.feedServiceUrl() + "/actuator/health/readiness";
        assertThat(Http.get(article).status()).isEqualTo(200);
        assertThat(Http.get(feed).status()).isEqualTo(200);

        platform.stopMongo();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(Http.get(article).status()).isEqualTo(503);
            assertThat(Http.get(feed).status()).isEqualTo(503);
        });
        platform.startMongo();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(Http.get(article).status()).isEqualTo(200);
            assertThat(Http.get(feed).status()).isEqualTo(200);
        });

        platform.stopKafka();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(Http.get(feed).status()).isEqualTo(503));
        assertThat(Http.get(article).status()).as("article-service stays ready: writes wait in the outbox")
                .isEqualTo(200);
        platform.startKafka();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(Http.get(feed).status()).isEqualTo(200));
    }
}
