package id.newsroom.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB for the whole test JVM, started on first use, on random ports.
 *
 * <p>Where a Docker engine answers, they are real containers ({@code apache/kafka}, {@code mongo:8}); elsewhere the
 * in-JVM KRaft broker and the mongo-java-server stand-in. The same test code runs on both. Set the system property or
 * environment variable {@code NEWS_TEST_INFRA} to {@code embedded} or {@code containers} to choose explicitly.
 */
public final class TestInfrastructure {

    public static final String ARTICLES_TOPIC = "news.articles.v1";

    private static TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoUri;
    private final EmbeddedKafkaBroker embeddedKafka; // null with containers

    private TestInfrastructure(String kafkaBootstrapServers, String mongoUri, EmbeddedKafkaBroker embeddedKafka) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoUri = mongoUri;
        this.embeddedKafka = embeddedKafka;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = useContainers() ? startContainers() : startEmbedded();
            EmbeddedKafkaBroker.createTopic(instance.kafkaBootstrapServers, ARTICLES_TOPIC, 3,
                    Map.of("cleanup.policy", "compact"));
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    /** The in-JVM broker, which tests may stop and start again; null when Kafka runs in a container. */
    public EmbeddedKafkaBroker embeddedKafka() {
        return embeddedKafka;
    }

    public boolean isEmbedded() {
        return embeddedKafka != null;
    }

    private static boolean useContainers() {
        String choice = System.getProperty("NEWS_TEST_INFRA", System.getenv().getOrDefault("NEWS_TEST_INFRA", "auto"));
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' own reaper when the JVM ends
    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8");
        kafka.start();
        mongo.start();
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo.getConnectionString(), null);
    }

    private static TestInfrastructure startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("kafka-test-");
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dir, 0);
            MongoStandIn mongo = MongoStandIn.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                mongo.close();
            }, "test-infrastructure-stop"));
            return new TestInfrastructure(kafka.bootstrapServers(), mongo.connectionString(), kafka);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
