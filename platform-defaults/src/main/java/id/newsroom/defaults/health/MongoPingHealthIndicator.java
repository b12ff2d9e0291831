package id.newsroom.defaults.health;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB reachability by {@code ping}, which real MongoDB and the stand-in both answer (Boot's indicator sends
 * {@code hello}, which the stand-in lacks, so it would report DOWN).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;
    public MongoPingHealthIndicator(MongoClient client, String database) {
        super("MongoDB ping failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // A probe must answer quickly: without a bound, an unreachable MongoDB holds it for server selection (30 s).
        Document reply = client.getDatabase(database).withTimeout(2, TimeUnit.SECONDS)
                .runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database).withDetail("ok", reply.get("ok"));
    }
}
