package id.newsroom.article.support;

import id.newsroom.infra.InfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** One Spring context for all ITs (context caching): real Kafka broker and MongoDB endpoint over the wire. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=articles-it", "article.outbox.delivery-timeout=10s",
                "article.outbox.max-backoff=1s",
                // Same passwords as the demo users, hashed with bcrypt cost 4: tests send hundreds of Basic requests.
                "article.security.users[0].username=editor", "article.security.users[0].role=EDITOR",
                "article.security.users[0].name=Redaksi",
                "article.security.users[1].username=writer", "article.security.users[1].role=WRITER",
                "article.security.users[1].name=Penulis Tamu",
                "article.security.users[0].password-hash=$2a$04$xfUc7Lzh4.RM4gT6VPlTEuTLlU0gcwa89ikYPYtLIkiXlxlA1gKEW",
                "article.security.users[1].password-hash=$2a$04$KySfcAGHwAhrVqKF0n7at.ROJb/y/9pWReneyiwnU6UZNCp9DFTni",
                // The demo operator (operator-pass, as in application.yml): the actuator's actions.
                "article.security.users[2].username=operator", "article.security.users[2].role=OPERATOR",
                "article.security.users[2].name=Operator",
                "article.security.users[2].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q."})
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
