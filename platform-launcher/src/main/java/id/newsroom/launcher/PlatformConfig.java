package id.newsroom.launcher;

import java.nio.file.Path;

/**
 * Where the platform runs: the repository (for the service jars), the data folder, and the ports (article, feed,
 * search, media, the web frontend's, then the identity server's and the editors' desk's; 0 for both = no desk).
 * {@code kafkaBootstrapServers} or {@code mongoUri} set means "use that one, start none".
 */
record PlatformConfig(
        Path repositoryRoot,
        Path dataDir,
        int kafkaPort,
        String kafkaBootstrapServers,
        int mongoPort,
        String mongoUri,
        int articlePort,
        int feedPort,
        int searchPort,
        int mediaPort,
        int frontendPort,
        int identityPort,
        int deskPort) {

    static final String VERSION = "0.1.0-SNAPSHOT";

    /** A platform without the desk and its identity server (tests that need neither start two JVMs fewer). */
    PlatformConfig(Path repositoryRoot, Path dataDir, int kafkaPort, String kafkaBootstrapServers, int mongoPort,
            String mongoUri, int articlePort, int feedPort, int searchPort, int mediaPort, int frontendPort) {
        this(repositoryRoot, dataDir, kafkaPort, kafkaBootstrapServers, mongoPort, mongoUri, articlePort, feedPort,
                searchPort, mediaPort, frontendPort, 0, 0);
    }

    boolean startsDesk() {
        return identityPort != 0 && deskPort != 0;
    }

    /** The identity server as browsers and tokens name it (issuer), and as the services call it. */
    String identityPublicUrl() {
        return "http://localhost:" + identityPort;
    }

    String identityInternalUrl() {
        return "http://127.0.0.1:" + identityPort;
    }

    Path jar(String module) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
    }

    boolean startsKafka() {
        return kafkaBootstrapServers == null;
    }

    boolean startsMongo() {
        return mongoUri == null;
    }
}
