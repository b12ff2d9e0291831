package id.newsroom.defaults.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The docker profile's shape: tokens as Keycloak's realm newsroom issues them (roles claim, preferred_username),
 * signed by a key served as a JWK set on loopback. OPERATOR tokens are served; a WRITER's is refused with 403, no token
 * or a token of another issuer with 401; the demo password is no way in; health and prometheus stay anonymous.
 */
@SpringBootTest(classes = OperatorTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,info,prometheus,rebuild,readmodel",
                "platform.operator.mode=jwt", "platform.operator.jwt.issuer-uri=" + OperatorJwtIT.ISSUER})
class OperatorJwtIT {

    static final String ISSUER = "http://localhost:8180/realms/newsroom";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final RSAKey KEY = generate();
    static final HttpServer JWKS = serve(KEY);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("platform.operator.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @Test
    void operatorTokensOnlyAndHealthForEveryone() throws Exception {
        String operator = "Bearer " + token(ISSUER, "ops-anna", List.of("OPERATOR"));
        String writer = "Bearer " + token(ISSUER, "writer", List.of("WRITER"));
        String foreign = "Bearer " + token("https://elsewhere.example/realms/x", "ops-anna", List.of("OPERATOR"));
        for (String[] action : new String[][]{{"GET", "/actuator/rebuild"}, {"POST", "/actuator/rebuild"},
                {"GET", "/actuator/readmodel"}}) {
            HttpResponse<String> anonymous = call(action[0], action[1], null);
            assertThat(anonymous.statusCode()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
            assertThat(call(action[0], action[1], writer).statusCode()).as("writer " + action[1]).isEqualTo(403);
            assertThat(call(action[0], action[1], foreign).statusCode()).as("foreign " + action[1]).isEqualTo(401);
            assertThat(call(action[0], action[1], OperatorBasicIT.basic("operator", "operator-pass")).statusCode())
                    .as("demo password in jwt mode " + action[1]).isEqualTo(401);
            assertThat(call(action[0], action[1], operator).statusCode()).as("operator " + action[1]).isEqualTo(200);
        }
        for (String path : new String[]{"/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/prometheus"}) {
            assertThat(call("GET", path, null).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(call("GET", "/actuator/prometheus", null).body()).containsPattern(
                "news_operator_actions_total\\{action=\"rebuild.write\",.*outcome=\"ok\"");
    }

    private HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String issuer, String user, List<String> roles) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("id-" + user)
                .claim("preferred_username", user).claim("roles", roles).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(RSAKey key) {
        try {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
