package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.newsroom.infra.Ports;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run supervises its real services: one killed with SIGKILL (as the kernel's OOM killer would) is
 * restarted, serves again and is counted; closing the platform (what Ctrl-C does) stops every process, the restarted
 * one included, and none comes back.
 */
class SupervisionIT {

    @TempDir
    Path dataDir;

    @Test
    void aKilledServiceIsRestartedAndClosingStopsEverything() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        Platform platform = new Platform(new PlatformConfig(Path.of("..").toAbsolutePath().normalize(), dataDir, 0,
                infra.kafkaBootstrapServers(), 0, infra.mongoUri(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free()));
        try (platform) {
            platform.start();
            ServiceProcess search = platform.services().stream().filter(s -> s.name().equals("search-service"))
                    .findFirst().orElseThrow();
            long pid = search.handle().pid();
            search.handle().destroyForcibly();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(platform.restarts("search-service")).isEqualTo(1);
                assertThat(search.handle().pid()).isNotEqualTo(pid);
                assertThat(search.isHealthy()).isTrue();
            });
            assertThat(Http.get(platform.searchServiceUrl() + "/api/search?q=tangerang").status()).isEqualTo(200);
            assertThat(Files.readString(dataDir.resolve("logs/launcher.log")))
                    .contains("search-service exited with code 137; restart #1", "search-service restarted as pid");
            assertThat(platform.restarts("feed-service")).isZero();
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> platform.services().stream().noneMatch(ServiceProcess::isAlive));
    }
}
