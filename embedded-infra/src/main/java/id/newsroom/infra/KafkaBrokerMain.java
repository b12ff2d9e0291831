package id.newsroom.infra;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded Kafka broker as a process of its own, so that a fault drill can kill it outright (SIGKILL) and start it
 * again on the same log folder: {@code KafkaBrokerMain --port P --dir D [--topic T --partitions N]}. The topic and the
 * dead-letter topics named with {@code --dlq} are created (compacted main topic) unless they exist. SIGTERM stops it
 * cleanly. Prints {@code KAFKA READY <bootstrap>} once it serves.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = MainOptions.parse(args);
        Path dir = Path.of(MainOptions.required(options, "dir"));
        int port = Integer.parseInt(MainOptions.required(options, "port"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-broker-stop"));
        String topic = options.get("topic");
        if (topic != null) {
            int partitions = Integer.parseInt(options.getOrDefault("partitions", "3"));
            broker.createTopic(topic, partitions, Map.of("cleanup.policy", "compact"));
            for (String dlq : options.getOrDefault("dlq", "").split(",")) {
                if (!dlq.isBlank()) {
                    // As many partitions as the main topic: a dead letter goes to the partition its record came from.
                    broker.createTopic(topic + ".dlq." + dlq.trim(), partitions, Map.of());
                }
            }
        }
        System.out.println("KAFKA READY " + broker.bootstrapServers());
        stopped.await();
    }
}
