package id.newsroom.feed.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Every operator action of feed-service (local profile, HTTP Basic): refused without credentials (401 problem),
 * refused for a WRITER (403 problem), allowed for an OPERATOR; health, probes, info and prometheus anonymous; the
 * readers' API answers whatever credentials come along (no security filter on it).
 */
class OperatorAccessIT extends FeedIntegrationTest {

    private static final String WRITER = "Basic "
            + Base64.getEncoder().encodeToString("writer:writer-pass".getBytes(StandardCharsets.UTF_8));

    /** Method, path: each read and write of the operators' endpoints; writes with arguments that change nothing. */
    private static final String[][] ACTIONS = {
            {"GET", "/actuator/rebuild"}, {"POST", "/actuator/rebuild"},
            {"GET", "/actuator/readmodel?limit=1"},
            {"GET", "/actuator/deadletters?limit=1"}, {"GET", "/actuator/deadletters/0-999999999"},
            {"POST", "/actuator/deadletters?ids=0-999999999"},
            {"GET", "/actuator/metrics"}};

    @Test
    void everyActionNeedsTheOperatorRole() {
        for (String[] action : ACTIONS) {
            HttpResponse<String> anonymous = send(action[0], action[1], null);
            assertThat(anonymous.statusCode()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            assertThat(send(action[0], action[1], WRITER).statusCode()).as("writer " + action[1]).isEqualTo(403);
        }
        assertThat(send("GET", "/actuator/rebuild", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/readmodel?limit=1", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/deadletters?limit=1", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/deadletters/0-999999999", OPERATOR).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/actuator/deadletters?ids=0-999999999", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/metrics", OPERATOR).statusCode()).isEqualTo(200);
    }

    @Test
    void healthAndMetricsForEveryoneAndTheReadersApiUntouched() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus"}) {
            assertThat(send("GET", path, null).statusCode()).as(path).isIn(200, 503);
        }
        assertThat(send("GET", "/api/feed?limit=1", "Basic bm9ib2R5Om5vdGhpbmc=").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/feeds/rss.xml", WRITER).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
            if (method.equals("POST")) {
                b.header("Content-Type", "application/json"); // the actuator's write operations want it
            }
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
