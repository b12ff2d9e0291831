package id.newsroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One platform (five processes) for all integration tests of this module: starting five JVMs is most of each test's
 * time. Stopped when the test JVM ends. Tests record the articles they created, so that another test's articles are
 * not taken for ghosts.
 */
final class SharedPlatform {

    static final Set<String> articleIds = ConcurrentHashMap.newKeySet();
    private static Cluster cluster;

    private SharedPlatform() {}

    static synchronized Cluster get() {
        if (cluster == null) {
            try {
                Path root = Path.of("..").toAbsolutePath().normalize();
                Path dir = Files.createDirectories(Path.of("target/it-platform/" + System.currentTimeMillis()));
                cluster = Cluster.start(root, dir, new Http(), Duration.ofMinutes(5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cluster;
    }
}
