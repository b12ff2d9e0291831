package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import id.newsroom.article.ArticleServiceApplication;
import id.newsroom.article.support.Api;
import id.newsroom.infra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The docker profile: an OAuth2 resource server. Tokens shaped as Keycloak's realm newsroom issues them
 * (deploy/keycloak/: roles claim, preferred_username, audience article-service) and signed by the identity provider's
 * key (served as a JWK set on loopback) are accepted with roles from the claim; the demo passwords, expired tokens and
 * tokens of another issuer or for another audience are not.
 */
class JwtDockerProfileIT {

    static final String ISSUER = "http://localhost:8180/realms/newsroom";

    static HttpServer jwks;
    static RSAKey key;
    static ConfigurableApplicationContext app;
    static int port;
    static int managementPort;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        TestInfrastructure infra = TestInfrastructure.get();
        app = new SpringApplicationBuilder(ArticleServiceApplication.class).profiles("docker").run(
                "--server.port=0", "--management.server.port=0",
                // No read models to reach in this test: the drift audit reports them unreachable at once.
                "--article.drift.read-models.feed=http://127.0.0.1:9",
                "--article.drift.read-models.search=http://127.0.0.1:9", "--spring.mongodb.uri=" + infra.mongoUri(),
                "--spring.mongodb.database=articles-jwt-it",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + infra.kafkaBootstrapServers(),
                "--article.security.jwt.jwk-set-uri=http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks",
                "--article.security.jwt.issuer-uri=" + ISSUER,
                "--logging.structured.format.console=");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        // The docker profile puts the actuator on its own port (compose does not publish it).
        managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    /** A token as Keycloak issues it for the client newsroom-editor (see the realm's protocol mappers). */
    private static JWTClaimsSet.Builder realmToken(String username, String name, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("f3b0c2d4-" + username)
                .audience(List.of("article-service", "account")).claim("azp", "newsroom-editor").claim("typ", "Bearer")
                .claim("preferred_username", username).claim("name", name)
                .claim("roles", roles).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String token(String username, String name, List<String> roles, RSAKey signer) throws Exception {
        return sign(realmToken(username, name, roles).build(), signer);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static Api.Response call(String method, String path, Object body, String bearer) {
        return new Api(port, null, null).send(method, path, body,
                bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }

    @Test
    void editorTokenMayCreateAndPublishWithTheTokensIdentity() throws Exception {
        String editor = token("siti", "Siti Rahma", List.of("EDITOR", "default-roles-newsroom", "offline_access"), key);
        Api.Response created = call("POST", "/api/articles",
                Api.article("Rapat Koordinasi Mudik Lebaran Digelar", "pemerintahan"), editor);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("author").get("id").asString()).isEqualTo("siti");
        assertThat(created.json().get("author").get("name").asString()).isEqualTo("Siti Rahma");
        String id = created.json().get("id").asString();
        assertThat(call("POST", "/api/articles/" + id + "/publish", null, editor).status()).isEqualTo(200);
    }

    @Test
    void writerTokenIsAWriter() throws Exception {
        String writer = token("budi", "Budi", List.of("writer"), key);
        Api.Response created = call("POST", "/api/articles", Api.article("Catatan Penulis Lepas Soal Wisata", "wisata"),
                writer);
        assertThat(created.status()).isEqualTo(201);
        assertThat(call("POST", "/api/articles/" + created.json().get("id").asString() + "/publish", null, writer)
                .status())
                .isEqualTo(403);
    }

    @Test
    void noDefaultPasswordsAndForeignOrMissingTokensAreRefused() throws Exception {
        Api.Response basic = new Api(port, "editor", "editor-pass").get("/api/categories");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(basic.header("Content-Type")).startsWith("application/problem+json");
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        assertThat(call("GET", "/api/categories", null, token("x", "X", List.of("EDITOR"), stranger)).status())
                .isEqualTo(401);
        assertThat(call("GET", "/api/categories", null, "not-a-jwt").status()).isEqualTo(401);
        assertThat(call("GET", "/api/categories", null, token("x", "X", List.of("READER"), key)).status())
                .isEqualTo(403);
        assertThat(actuator("GET", "/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void theActuatorIsOnTheManagementPortAndItsActionsNeedAnOperatorToken() throws Exception {
        assertThat(call("GET", "/actuator/health", null, null).status()).as("not on the public port").isEqualTo(404);
        assertThat(actuator("GET", "/actuator/prometheus", null).status()).isEqualTo(200);
        String operator = token("ops-anna", "Anna", List.of("OPERATOR"), key);
        String editor = token("siti", "Siti", List.of("EDITOR"), key);
        for (String[] action : new String[][]{{"GET", "/actuator/drift"}, {"POST", "/actuator/drift?repair=false"},
                {"GET", "/actuator/metrics"}}) {
            Api.Response anonymous = actuator(action[0], action[1], null);
            assertThat(anonymous.status()).as("anonymous " + action[1]).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(actuator(action[0], action[1], token("budi", "Budi", List.of("WRITER"), key)).status())
                    .as("writer " + action[1]).isEqualTo(403);
            assertThat(actuator(action[0], action[1], editor).status()).as("editor " + action[1]).isEqualTo(403);
        }
        assertThat(actuator("GET", "/actuator/metrics", operator).status()).isEqualTo(200);
        assertThat(actuator("GET", "/actuator/drift", operator).status()).isEqualTo(200);
        assertThat(call("GET", "/api/categories", null, operator).status()).as("no editors' API for operators")
                .isEqualTo(403);
    }

    private static Api.Response actuator(String method, String path, String bearer) {
        return new Api(managementPort, null, null).send(method, path, null,
                bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }

    @Test
    void expiredWrongIssuerAndWrongAudienceTokensAreRefused() throws Exception {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        String expired = sign(realmToken("siti", "Siti", List.of("EDITOR")).issueTime(Date.from(hourAgo))
                .expirationTime(Date.from(hourAgo.plusSeconds(300))).build(), key);
        String otherIssuer = sign(realmToken("siti", "Siti", List.of("EDITOR"))
                .issuer("http://localhost:8180/realms/master").build(), key);
        String otherAudience = sign(realmToken("siti", "Siti", List.of("EDITOR"))
                .audience(List.of("account", "feed-admin")).build(), key);
        String noAudience = sign(realmToken("siti", "Siti", List.of("EDITOR")).audience((String) null).build(), key);

        for (String refused : List.of(expired, otherIssuer, otherAudience, noAudience)) {
            Api.Response response = call("GET", "/api/categories", null, refused);
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(call("GET", "/api/categories", null, token("siti", "Siti", List.of("EDITOR"), key)).status())
                .as("the same token, valid").isEqualTo(200);
    }
}
