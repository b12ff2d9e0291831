package id.newsroom.media.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    BlobStore store() {
        try {
            return new LocalDiskBlobStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKeyCannotLeaveTheDirectory() {
        assertThatThrownBy(() -> store().get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
