package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;

/**
 * The operators' actions of article-service (local profile, HTTP Basic): the drift audit and repair and the other
 * actuator endpoints are refused without credentials (401 problem), for a WRITER and for an EDITOR (403 problem) and
 * allowed for an OPERATOR, who in turn may not touch the editors' API; editors still read the health details.
 */
class OperatorAccessIT extends ItBase {

    private Api operator() {
        return new Api(port, "operator", "operator-pass");
    }

    @Test
    void driftAndTheOtherActuatorEndpointsNeedTheOperatorRole() {
        for (String[] action : new String[][]{{"GET", "/actuator/drift"}, {"POST", "/actuator/drift?repair=false"},
                {"GET", "/actuator/metrics"}}) {
            Api.Response anonymous = anonymous().send(action[0], action[1], null, Map.of());
            assertThat(anonymous.status()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
            for (Api notOperator : new Api[]{writer(), editor()}) {
                Api.Response refused = notOperator.send(action[0], action[1], null, Map.of());
                assertThat(refused.status()).as(action[1] + ": " + refused).isEqualTo(403);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        // The audit itself answers (the read models of the local configuration are not running here).
        assertThat(operator().get("/actuator/drift").status()).isEqualTo(200);
        assertThat(operator().send("POST", "/actuator/drift?repair=false", null,
                Map.of("Content-Type", "application/json")).status()).isEqualTo(200);
        assertThat(operator().get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void operatorsDoNotWriteArticlesAndEditorsStillSeeHealthDetails() {
        Api.Response refused = operator().post("/api/articles", Api.article("Operator Bukan Penulis Berita", "tokoh"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(editor().get("/actuator/health").json().has("components")).isTrue();
        assertThat(anonymous().get("/actuator/health").json().has("components")).isFalse();
        for (String path : new String[]{"/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/info"}) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(200);
        }
    }
}
