package id.newsroom.media.storage;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import id.newsroom.media.config.MediaProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter over the wire: S3Proxy (the S3 API over a transient store, Maven Central's jar copied to
 * target/s3proxy by the build) runs as its own process with an identity, so every request is signed and checked.
 */
class S3BlobStoreIT extends BlobStoreContract {

    private static Process s3proxy;
    private static S3BlobStore store;
    private static Path log;

    @BeforeAll
    static void startS3Proxy() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = Files.createTempFile("s3proxy", ".properties");
        Files.writeString(config, String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=media-test",
                "s3proxy.credential=media-test-secret", "jclouds.provider=transient", "jclouds.identity=unused",
                "jclouds.credential=unused", ""));
        log = Files.createTempFile("s3proxy", ".log");
        String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
        s3proxy = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar, "--properties", config.toString())).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        MediaProperties.S3 settings = new MediaProperties.S3("http://127.0.0.1:" + port, "us-east-1",
                "newsroom-media-it", "media-test", "media-test-secret", true);
        S3Client client = StorageConfig.s3Client(settings);
        store = new S3BlobStore(client, settings.bucket());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    store.ensureBucket(); // created at start when missing, as the service does
                    return true;
                });
        store.ensureBucket(); // and found the second time
    }

    @AfterAll
    static void stopS3Proxy() throws IOException {
        if (s3proxy != null) {
            s3proxy.destroy();
        }
        Files.deleteIfExists(log);
    }

    @Override
    BlobStore store() {
        return store;
    }
}
