package id.newsroom.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.infra.Ports;

/**
 * The platform as five separate processes on free ports, each of which can be killed on its own: the Kafka broker
 * (log folder kept across restarts), the MongoDB stand-in (H2 file kept), article-service, feed-service and
 * search-service from their executable jars.
 */
final class Cluster implements AutoCloseable {

    static final String TOPIC = "news.articles.v1";
    static final List<String> CONSUMERS = List.of("feed-service", "search-service");
    private static final String VERSION = "0.1.0-SNAPSHOT";

    final Node kafka;
    final Node mongo;
    final Node article;
    final Node feed;
    final Node search;
    private final Http http;

    private Cluster(Path root, Path dir, Http http) {
        this.http = http;
        int kafkaPort = Ports.free();
        int mongoPort = Ports.free();
        kafka = new Node("kafka", kafkaPort, Node.javaMain("id.newsroom.infra.KafkaBrokerMain", "512m",
                List.of("--port", "" + kafkaPort, "--dir", dir.resolve("kafka").toString(), "--topic", TOPIC,
                        "--partitions", "3", "--dlq", String.join(",", CONSUMERS))),
                dir.resolve("logs/kafka.log"));
        mongo = new Node("mongodb", mongoPort, Node.javaMain("id.newsroom.infra.MongoStandInMain", "384m",
                List.of("--port", "" + mongoPort, "--file", dir.resolve("mongo/data.mv").toString())),
                dir.resolve("logs/mongodb.log"));
        List<String> common = List.of("--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort,
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                "--spring.cloud.stream.kafka.binder.brokers=127.0.0.1:" + kafkaPort);
        article = service(root, dir, "article-service", common);
        feed = service(root, dir, "feed-service", common);
        List<String> searchArgs = new ArrayList<>(common);
        searchArgs.add("--search.index.path=" + dir.resolve("search-index"));
        search = service(root, dir, "search-service", searchArgs);
    }

    private static Node service(Path root, Path dir, String module, List<String> args) {
        int port = Ports.free();
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
        return new Node(module, port, Node.serviceJar(jar, port, args), dir.resolve("logs/" + module + ".log"));
    }

    /** Starts every process and returns once each service reports ready. */
    static Cluster start(Path root, Path dir, Http http, Duration timeout) {
        Cluster c = new Cluster(root, dir, http);
        // Ctrl-C or a killed suite must not leave five JVMs behind.
        Runtime.getRuntime().addShutdownHook(new Thread(c::close, "cluster-stop"));
        try {
            c.kafka.start();
            c.mongo.start();
            c.awaitListening(c.kafka, timeout);
            c.awaitListening(c.mongo, timeout);
            c.services().forEach(Node::start);
            c.awaitReady(timeout, true);
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    List<Node> services() {
        return List.of(article, feed, search);
    }

    List<Node> all() {
        return List.of(kafka, mongo, article, feed, search);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafka.port();
    }

    boolean ready(Node service) {
        return service.isAlive() && http.isReady(service.baseUrl());
    }

    /**
     * Waits (polling) until every process runs and every service is ready; throws with the laggard's name. A process
     * that is down may be in the middle of another drill, which starts it again.
     */
    void awaitReady(Duration timeout) {
        awaitReady(timeout, false);
    }

    /** At start-up ({@code starting}) a process that has exited fails at once: nothing will start it again. */
    private void awaitReady(Duration timeout, boolean starting) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Node n : all()) {
            while (!(n == kafka || n == mongo ? n.listens() : ready(n))) {
                if (System.nanoTime() > deadline || starting && !n.isAlive()) {
                    throw new IllegalStateException(
                            n.name() + (n.isAlive() ? " not ready" : " not running") + " within "
                                    + timeout.toSeconds() + " s; see " + n.log());
                }
                Pause.of(Duration.ofMillis(200));
            }
        }
    }

    private void awaitListening(Node n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!n.listens()) {
            if (!n.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(n.name() + " did not start; see " + n.log());
            }
            Pause.of(Duration.ofMillis(100));
        }
    }

    /** Services first (they flush their consumers and outbox), then MongoDB and the broker. */
    @Override
    public void close() {
        services().parallelStream().forEach(n -> n.terminate(Duration.ofSeconds(40)));
        mongo.terminate(Duration.ofSeconds(20));
        kafka.terminate(Duration.ofSeconds(20));
    }
}
