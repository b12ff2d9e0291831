package id.newsroom.feed.health;

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
        Document reply = client.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database).withDetail("ok", reply.get("ok"));
    }
}
