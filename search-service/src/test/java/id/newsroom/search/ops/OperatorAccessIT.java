package id.newsroom.search.ops;

import static org.assertj.core.api.Assertions.assertThat;

import id.newsroom.search.support.Http;
import id.newsroom.search.support.SearchITBase;
import org.junit.jupiter.api.Test;

/**
 * Every operator action of search-service (local profile, HTTP Basic): refused without credentials (401 problem),
 * refused for a WRITER (403 problem), allowed for an OPERATOR; health, probes, info and prometheus anonymous; the
 * readers' search answers whatever credentials come along (no security filter on it).
 */
class OperatorAccessIT extends SearchITBase {

    private static final String WRITER = Http.basic("writer", "writer-pass");

    private static final String[][] ACTIONS = {
            {"GET", "/actuator/searchindex"}, {"POST", "/actuator/searchindex"},
            {"GET", "/actuator/synonyms"}, {"POST", "/actuator/synonyms"},
            {"GET", "/actuator/readmodel?limit=1"},
            {"GET", "/actuator/deadletters?limit=1"}, {"POST", "/actuator/deadletters?ids=0-999999999"},
            {"GET", "/actuator/metrics"}};

    @Test
    void everyActionNeedsTheOperatorRole() {
        for (String[] action : ACTIONS) {
            Http.Response anonymous = http.send(action[0], action[1], null);
            assertThat(anonymous.status()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(http.send(action[0], action[1], WRITER).status()).as("writer " + action[1]).isEqualTo(403);
        }
        for (String path : new String[]{"/actuator/searchindex", "/actuator/synonyms", "/actuator/readmodel?limit=1",
                "/actuator/deadletters?limit=1", "/actuator/metrics"}) {
            assertThat(http.send("GET", path, Http.OPERATOR).status()).as("operator " + path).isEqualTo(200);
        }
        // Reloading the synonyms changes nothing here; the reindex and the replay have their own tests.
        assertThat(http.send("POST", "/actuator/synonyms", Http.OPERATOR).status()).isEqualTo(200);
        assertThat(http.send("POST", "/actuator/deadletters?ids=0-999999999", Http.OPERATOR).status())
                .isEqualTo(200);
    }

    @Test
    void healthAndMetricsForEveryoneAndTheReadersSearchUntouched() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus"}) {
            assertThat(http.send("GET", path, null).status()).as(path).isIn(200, 503);
        }
        assertThat(http.send("GET", "/api/search?q=banjir", Http.basic("nobody", "nothing")).status())
                .isEqualTo(200);
    }
}
