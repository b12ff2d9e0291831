package id.newsroom.feed.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.newsroom.infra.InfrastructureInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole service on a random port against the shared real Kafka broker and
 * MongoDB. Every IT uses these same properties so that they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feed.database=feeds-it",
        "feed.site.url=https://news.example.id",
        "feed.live.heartbeat=1s",
        "feed.cache.first-page-ttl=200ms",
        "feed.readmodel.pointer-refresh=1s",
        // The defaults' demo operator again (a list replaces the defaults' as a whole) and a writer, who is no operator.
        "platform.operator.users[0].username=operator",
        "platform.operator.users[0].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q.",
        "platform.operator.users[0].roles[0]=OPERATOR",
        "platform.operator.users[1].username=writer",
        "platform.operator.users[1].password-hash=$2a$10$qWZ4cW/KbYpJx1Ugun2DGOrkYOH3RjuhN1F8ql.doj7dRhv2wV1pq",
        "platform.operator.users[1].roles[0]=WRITER"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public abstract class FeedIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static Events events;

    /** The local run's demo operator: every actuator endpoint but health, info and prometheus needs OPERATOR. */
    protected static final String OPERATOR = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("operator:operator-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openProducer() {
        events = new Events();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    protected HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET();
            if (headers.length > 0) {
                b.headers(headers);
            } else if (path.startsWith("/actuator/")) {
                b.header("Authorization", OPERATOR); // as the operators' tools do (ops.sh)
            }
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected JsonNode getJson(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    protected List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    protected static List<String> tags(String... tags) {
        return List.of(tags);
    }

    protected static Map<String, Object> changes(Object... kv) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
