package id.newsroom.media.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where originals and variants live, by key (e.g. {@code originals/<sha256>}): a directory or an S3 bucket. */
public interface BlobStore {

    /** Stores {@code file} under {@code key}, replacing what was there. */
    void put(String key, Path file, String contentType) throws IOException;

    /** The bytes under {@code key}, or empty. Meant for variants (small); originals go through {@link #copyTo}. */
    Optional<byte[]> get(String key) throws IOException;

    /** Writes the blob under {@code key} to {@code target}; false when there is none. */
    boolean copyTo(String key, Path target) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the blob; nothing happens when there is none. */
    void delete(String key) throws IOException;
}
