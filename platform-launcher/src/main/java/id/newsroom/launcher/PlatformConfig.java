package id.newsroom.launcher;

import java.nio.file.Path;

/**
 * Where the platform runs: the repository (for the service jars), the data folder, and the ports (article, feed,
 * search, media, then the web frontend's).
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
        int frontendPort) {

    static final String VERSION = "0.1.0-SNAPSHOT";

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
