package id.newsroom.feed.health;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import id.newsroom.feed.config.FeedProperties;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** MongoDB health by {@code ping}: works on real MongoDB and on the stand-in, which lacks {@code hello}. */
@Component("mongoHealthIndicator")
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    public MongoPingHealthIndicator(MongoClient client, FeedProperties props) {
        super("MongoDB ping failed");
        this.client = client;
        this.database = props.getDatabase();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // A probe must answer quickly: without a bound, an unreachable MongoDB holds it for server selection (30 s).
        Document reply = client.getDatabase(database).withTimeout(2, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database).withDetail("ok", reply.get("ok"));
    }
}
