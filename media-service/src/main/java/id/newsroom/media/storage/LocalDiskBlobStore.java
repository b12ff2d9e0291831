package id.newsroom.media.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Blobs as files under one directory (the local run's {@code .local/media}). A put writes a temporary file and
 * moves it into place, so a reader never sees half a blob.
 */
public class LocalDiskBlobStore implements BlobStore {

    private final Path root;

    public LocalDiskBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), ".put-", ".part");
        try {
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean copyTo(String key, Path target) throws IOException {
        Path source = path(key);
        if (!Files.isRegularFile(source)) {
            return false;
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    /** The file of {@code key}; a key that would leave the root is refused. */
    private Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Bad blob key: " + key);
        }
        return path;
    }
}
