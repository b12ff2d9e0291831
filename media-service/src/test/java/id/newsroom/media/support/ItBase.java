package id.newsroom.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

import id.newsroom.infra.InfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for all ITs (context caching): real Kafka broker and MongoDB endpoint over the wire, libvips
 * for real, blobs in a fresh directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=media-it", "media.events.relay-interval=200ms",
                // The test's picture server listens on 127.0.0.2; 127.0.0.1 stays refused.
                "media.imports.allowed[0]=127.0.0.2/32", "media.imports.max-time=3s",
                "media.imports.read-timeout=2s",
                // Same passwords as the demo users, hashed with bcrypt cost 4.
                "media.security.users[0].username=editor", "media.security.users[0].role=EDITOR",
                "media.security.users[1].username=writer", "media.security.users[1].role=WRITER",
                "media.security.users[0].password-hash=$2a$04$xfUc7Lzh4.RM4gT6VPlTEuTLlU0gcwa89ikYPYtLIkiXlxlA1gKEW",
                "media.security.users[1].password-hash=$2a$04$KySfcAGHwAhrVqKF0n7at.ROJb/y/9pWReneyiwnU6UZNCp9DFTni",
                // The demo operator (operator-pass, as in application.yml): the actuator's actions.
                "media.security.users[2].username=operator", "media.security.users[2].role=OPERATOR",
                "media.security.users[2].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q."})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public abstract class ItBase {

    protected static final Path BLOBS;

    static {
        try {
            BLOBS = Files.createTempDirectory("media-it-blobs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("media.storage.directory", BLOBS::toString);
        registry.add("media.public-url", () -> "http://127.0.0.1:0"); // replaced per request by Api
    }

    protected Api editor() {
        return new Api(port, "editor", "editor-pass");
    }

    protected Api writer() {
        return new Api(port, "writer", "writer-pass");
    }

    protected Api operator() {
        return new Api(port, "operator", "operator-pass");
    }

    protected Api anonymous() {
        return new Api(port, null, null);
    }

    /**
     * How many pictures are stored (originals and masters): a refused picture must leave this unchanged. Variants
     * are not counted here: the background warm-up of other tests' pictures adds them at any time; {@link #blobsOf}
     * checks a refused picture's own.
     */
    protected static long blobCount() {
        return blobs().stream().filter(k -> k.startsWith("originals/") || k.startsWith("masters/")).count();
    }

    /** Every blob key stored for these bytes (original, master, variants of any revision). */
    protected static List<String> blobsOf(String sha256) {
        return blobs().stream().filter(k -> k.contains(sha256)).toList();
    }

    /** Every blob key in the store (temporary files of a put under way left out). */
    protected static List<String> blobs() {
        try (Stream<Path> files = Files.walk(BLOBS)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".put-"))
                    .map(f -> BLOBS.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JPEG fixture made unique by a comment segment: the same pixels, bytes no other test uploaded. */
    protected static byte[] uniqueJpeg(String name) {
        return unique(fixture(name));
    }

    /** The same JPEG with a comment segment no other upload has. */
    protected static byte[] unique(byte[] jpeg) {
        byte[] comment = ("unique " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[jpeg.length + 4 + comment.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((comment.length + 2) >> 8);
        out[5] = (byte) (comment.length + 2);
        System.arraycopy(comment, 0, out, 6, comment.length);
        System.arraycopy(jpeg, 2, out, 6 + comment.length, jpeg.length - 2);
        return out;
    }

    protected static byte[] fixture(String name) {
        try (var in = ItBase.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
