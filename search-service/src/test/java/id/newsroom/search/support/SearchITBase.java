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
        properties = "search.index.path=target/it-index/${random.uuid}")
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
