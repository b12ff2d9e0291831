package id.newsroom.search.support;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import id.newsroom.infra.InfrastructureInitializer;
import id.newsroom.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** One application context for all API tests (same properties, so Spring caches it), on the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"search.index.path=target/it-index/${random.uuid}",
                // The defaults' demo operator again (a list replaces the defaults' as a whole) and a writer, no operator.
                "platform.operator.users[0].username=operator",
                "platform.operator.users[0].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q.",
                "platform.operator.users[0].roles[0]=OPERATOR",
                "platform.operator.users[1].username=writer",
                "platform.operator.users[1].password-hash=$2a$10$qWZ4cW/KbYpJx1Ugun2DGOrkYOH3RjuhN1F8ql.doj7dRhv2wV1pq",
                "platform.operator.users[1].roles[0]=WRITER"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public abstract class SearchITBase {

    protected static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    protected int port;

    protected Http http;
    protected EventProducer events;

    @BeforeEach
    void connect() {
        http = new Http(port);
        events = new EventProducer(TestInfrastructure.get().kafkaBootstrapServers(), TestInfrastructure.ARTICLES_TOPIC);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    protected JsonNode search(String query) {
        Http.Response response = http.get("/api/search?" + query);
        if (response.status() != 200) {
            throw new AssertionError("search " + query + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    protected List<String> ids(String query) {
        return search(query).path("hits").findValuesAsString("articleId");
    }

    protected static String q(String words) {
        return "q=" + Http.encode(words);
    }
}
