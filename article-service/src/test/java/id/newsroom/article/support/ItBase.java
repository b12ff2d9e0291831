package id.newsroom.article.support;

import id.newsroom.infra.InfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** One Spring context for all ITs (context caching): real Kafka broker and MongoDB endpoint over the wire. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=articles-it", "article.outbox.delivery-timeout=10s",
                "article.outbox.max-backoff=1s"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public abstract class ItBase {

    @LocalServerPort
    protected int port;

    protected Api editor() {
        return new Api(port, "editor", "editor-pass");
    }

    protected Api writer() {
        return new Api(port, "writer", "writer-pass");
    }

    protected Api anonymous() {
        return new Api(port, null, null);
    }
}
