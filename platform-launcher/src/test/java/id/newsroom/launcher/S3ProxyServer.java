package id.newsroom.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.newsroom.infra.Ports;

/**
 * An S3 API server without Docker: S3Proxy (Maven Central, copied to target/s3proxy by the build) as its own process,
 * with jclouds' in-memory store and one signing identity. Stands in for compose's MinIO.
 */
final class S3ProxyServer implements AutoCloseable {

    private static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3ProxyServer start(Path workDir, String identity, String credential) {
        int port = Ports.free();
        try {
            Files.createDirectories(workDir);
            Path properties = workDir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + identity,
                    "s3proxy.credential=" + credential,
                    "jclouds.provider=transient",
                    "jclouds.identity=" + identity,
                    "jclouds.credential=" + credential, ""));
            Process process = new ProcessBuilder("java", "-jar", JAR.toAbsolutePath().toString(), "--properties",
                    properties.toString())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("s3proxy.log").toFile()).start();
            S3ProxyServer server = new S3ProxyServer(process, port);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> !process.isAlive()).until(server::accepts);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("S3Proxy did not start (is " + JAR + " built?)", e);
        }
    }

    String authority() {
        return "127.0.0.1:" + port;
    }

    private boolean accepts() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
