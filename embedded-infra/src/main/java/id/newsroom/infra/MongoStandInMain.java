package id.newsroom.infra;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB stand-in as a process of its own, so that a fault drill can stop and start the database endpoint:
 * {@code MongoStandInMain --port P --file F} (the H2 file is kept across restarts; SIGTERM closes it cleanly).
 * Prints {@code MONGO READY <uri>} once it serves.
 */
public final class MongoStandInMain {

    private MongoStandInMain() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = MainOptions.parse(args);
        int port = Integer.parseInt(MainOptions.required(options, "port"));
        String file = options.get("file");
        MongoStandIn mongo = MongoStandIn.start(file == null ? null : Path.of(file), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }, "mongo-stand-in-stop"));
        System.out.println("MONGO READY " + mongo.connectionString());
        stopped.await();
    }
}
