package id.newsroom.media.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every BlobStore does, run against each adapter (the local directory, S3 over the wire). */
abstract class BlobStoreContract {

    @TempDir
    Path temp;

    abstract BlobStore store();

    @Test
    void aBlobPutIsReadBackByItsKeyAndReplacedByTheNextPut() throws IOException {
        BlobStore store = store();
        byte[] bytes = random(200_000, 1);
        store.put("variants/abc/w320.jpg", file("a", bytes), "image/jpeg");
        assertThat(store.exists("variants/abc/w320.jpg")).isTrue();
        assertThat(store.get("variants/abc/w320.jpg")).hasValue(bytes);
        byte[] next = random(10, 2);
        store.put("variants/abc/w320.jpg", file("b", next), "image/jpeg");
        assertThat(store.get("variants/abc/w320.jpg")).hasValue(next);
    }

    @Test
    void anOriginalIsCopiedToAFileWithoutPassingThroughTheHeap() throws IOException {
        BlobStore store = store();
        byte[] bytes = random(3_000_000, 3);
        store.put("originals/0123abcd", file("o", bytes), "image/png");
        Path target = temp.resolve("copy");
        assertThat(store.copyTo("originals/0123abcd", target)).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    }

    @Test
    void missingBlobsAreAbsentNotErrors() throws IOException {
        BlobStore store = store();
        assertThat(store.get("variants/none/og.jpg")).isEmpty();
        assertThat(store.exists("variants/none/og.jpg")).isFalse();
        assertThat(store.copyTo("originals/none", temp.resolve("none"))).isFalse();
        store.delete("variants/none/og.jpg");
    }

    @Test
    void aDeletedBlobIsGone() throws IOException {
        BlobStore store = store();
        store.put("variants/del/og.webp", file("d", random(100, 4)), "image/webp");
        store.delete("variants/del/og.webp");
        assertThat(store.exists("variants/del/og.webp")).isFalse();
        assertThat(store.get("variants/del/og.webp")).isEmpty();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
