package id.newsroom.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import id.newsroom.infra.mongo.IndexedH2Backend;

/**
 * A MongoDB wire-protocol endpoint from {@code mongo-java-server}, for machines where no MongoDB server can run.
 * With a file it persists through the H2 backend (a clean stop keeps everything; a kill -9 may lose the last second),
 * without one it keeps the data in memory; either way with secondary indexes ({@link IndexedH2Backend}), so queries
 * cost what they cost on MongoDB instead of a collection scan each.
 * It has no sessions or transactions (the services use only what both it and a real MongoDB support); it answers
 * {@code hello} as a standalone MongoDB does, so Boot's MongoDB health indicator works on it.
 */
public final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoStandIn(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port); {@code h2File} null keeps the data in memory only. */
    public static MongoStandIn start(Path h2File, int port) {
        if (h2File != null) {
            try {
                Files.createDirectories(h2File.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        MongoBackend backend = IndexedH2Backend.open(h2File == null ? null : h2File.toString());
        MongoServer server = new MongoServer(backend);
        int chosen = port == 0 ? Ports.free() : port;
        server.bind("127.0.0.1", chosen);
        return new MongoStandIn(server, chosen);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown(); // closes the H2 store cleanly, so the data survives
    }
}
