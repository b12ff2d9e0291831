package id.newsroom.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.newsroom.infra.Ports;
import id.newsroom.infra.TestInfrastructure;

/**
 * One local platform (the four services, the site, the identity server and the desk as processes, on the test JVM's Kafka and MongoDB, with the demo data) for
 * the end-to-end tests that read it or add articles of their own: starting one is most of each such test's time.
 * Stopped when the test JVM ends. Tests that stop, restart or double the platform start their own.
 */
final class SharedPlatform {

    private static Platform platform;

    private SharedPlatform() {}

    static synchronized Platform get() {
        if (platform == null) {
            TestInfrastructure infra = TestInfrastructure.get();
            Path root = Path.of("..").toAbsolutePath().normalize();
            Path dataDir;
            try {
                dataDir = Files.createDirectories(Path.of("target/it-platform/" + System.currentTimeMillis()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            platform = new Platform(new PlatformConfig(root, dataDir, 0, infra.kafkaBootstrapServers(), 0,
                    infra.mongoUri(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                    Ports.free(),
                    Ports.free())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "shared-platform-stop"));
            new DemoLoader(platform.articleServiceUrl(), platform.mediaServiceUrl()).loadIfEmpty();
        }
        return platform;
    }
}
