package id.newsroom.defaults.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The local run's shape: HTTP Basic against platform-defaults' configured users. Every operator endpoint refuses the
 * anonymous (401 problem) and a WRITER (403 problem) and serves an OPERATOR; health, probes, info and prometheus stay
 * anonymous; readers' paths pass no security filter at all; an action leaves one audit line and one count.
 */
@SpringBootTest(classes = OperatorTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,info,prometheus,metrics,rebuild,readmodel",
                // A list replaces the defaults' as a whole: the demo operator again, then a writer.
                "platform.operator.users[0].username=operator",
                "platform.operator.users[0].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q.",
                "platform.operator.users[0].roles[0]=OPERATOR", "platform.operator.users[1].username=writer",
                // bcrypt of writer-pass, as article-service's demo writer
                "platform.operator.users[1].password-hash=$2a$10$qWZ4cW/KbYpJx1Ugun2DGOrkYOH3RjuhN1F8ql.doj7dRhv2wV1pq",
                "platform.operator.users[1].roles[0]=WRITER"})
@ExtendWith(OutputCaptureExtension.class)
class OperatorBasicIT {

    static final String OPERATOR = basic("operator", "operator-pass");
    static final String WRITER = basic("writer", "writer-pass");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void everyOperatorActionNeedsTheOperatorRole() throws Exception {
        for (String[] action : new String[][]{{"GET", "/actuator/rebuild"}, {"POST", "/actuator/rebuild"},
                {"GET", "/actuator/readmodel"}, {"GET", "/actuator/metrics"}, {"GET", "/actuator"}}) {
            HttpResponse<String> anonymous = call(action[0], action[1], null);
            assertThat(anonymous.statusCode()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Basic"));
            HttpResponse<String> writer = call(action[0], action[1], WRITER);
            assertThat(writer.statusCode()).as("writer " + action[1]).isEqualTo(403);
            assertThat(writer.body()).contains("OPERATOR");
            assertThat(call(action[0], action[1], OPERATOR).statusCode()).as("operator " + action[1])
                    .isEqualTo(200);
        }
        assertThat(call("GET", "/actuator/readmodel", basic("operator", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void healthProbesInfoAndPrometheusStayAnonymous() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus"}) {
            assertThat(call("GET", path, null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void readersPathsPassNoSecurityFilter() throws Exception {
        // Spring Security would answer 401 to bad credentials on any path it guards.
        HttpResponse<String> hello = call("GET", "/api/hello", basic("nobody", "nothing"));
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(hello.headers().firstValue("X-Content-Type-Options")).as("platform headers still written")
                .hasValue("nosniff");
    }

    @Test
    void anActionIsAuditedAndCounted(CapturedOutput output) throws Exception {
        double before = count("rebuild.write", "ok");
        assertThat(call("POST", "/actuator/rebuild", OPERATOR).statusCode()).isEqualTo(200);
        assertThat(count("rebuild.write", "ok")).isEqualTo(before + 1);
        assertThat(output.getOut()).containsPattern(
                "operator action rebuild.write by operator: POST /actuator/rebuild -> ok \\(200\\)");

        double refused = count("readmodel.read", "forbidden");
        call("GET", "/actuator/readmodel?limit=2", WRITER);
        assertThat(count("readmodel.read", "forbidden")).isEqualTo(refused + 1);
        assertThat(output.getOut()).contains(
                "operator action readmodel.read by writer: GET /actuator/readmodel?limit=2 -> forbidden (403)");
        assertThat(call("GET", "/actuator/prometheus", null).body())
                .contains("news_operator_actions_total{action=\"rebuild.write\"");
    }

    private double count(String action, String outcome) {
        var counter = registry.find("news.operator.actions").tag("action", action).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
