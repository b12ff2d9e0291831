package id.newsroom.media.variants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private temporary directory (owner-only on POSIX) for one job, removed with everything in it on close. */
public final class Workspace implements AutoCloseable {

    private final Path dir;

    private Workspace(Path dir) {
        this.dir = dir;
    }

    /** @param root where to make it; null = the JVM's temp directory */
    public static Workspace create(Path root, String prefix) throws IOException {
        if (root == null) {
            return new Workspace(Files.createTempDirectory(prefix));
        }
        return new Workspace(Files.createTempDirectory(Files.createDirectories(root), prefix));
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
