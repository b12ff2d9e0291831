package id.newsroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's sign-in against the real server over HTTP: authorization code with PKCE for the confidential client
 * newsroom-desk, tokens shaped like Keycloak's (roles, preferred_username, name, the APIs' audiences), a refresh
 * token; and the throttle: after five wrong passwords for one user the form answers 429 even to the right one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "identity.desk.redirect-uris=http://127.0.0.1:9/cb", "identity.login-throttle.max-failures-per-user=5"})
class SignInFlowIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aWriterSignsInAndTheDeskGetsKeycloakShapedTokens() throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = url("/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id",
                "newsroom-desk", "redirect_uri", "http://127.0.0.1:9/cb", "scope", "openid profile", "state", "s1",
                "code_challenge", challenge, "code_challenge_method", "S256")));
        assertThat(send(get(authorize)).headers().firstValue("Location")).hasValue(url("/login"));

        HttpResponse<String> signedIn = signIn("writer", "writer-pass");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(url("/oauth2/authorize"));
        String callback = send(get(signedIn.headers().firstValue("Location").orElseThrow())).headers()
                .firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("http://127.0.0.1:9/cb?code=").endsWith("&state=s1");
        String code = callback.replaceAll(".*code=([^&]+).*", "$1");

        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "newsroom-desk:newsroom-desk-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code",
                        code, "redirect_uri", "http://127.0.0.1:9/cb", "code_verifier", verifier))))
                .build());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(tokens.body());
        assertThat(body.path("refresh_token").asString()).isNotBlank();
        JsonNode access = claims(body.path("access_token").asString());
        assertThat(access.path("roles").get(0).asString()).isEqualTo("WRITER");
        assertThat(access.path("preferred_username").asString()).isEqualTo("writer");
        assertThat(access.path("name").asString()).isEqualTo("Penulis Tamu");
        assertThat(access.path("aud").valueStream().map(JsonNode::asString)).contains("article-service",
                "media-service");
        assertThat(claims(body.path("id_token").asString()).path("roles").get(0).asString()).isEqualTo("WRITER");
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("editor", "wrong-" + i).headers().firstValue("Location")).hasValue(url("/login?error"));
        }
        HttpResponse<String> locked = signIn("editor", "editor-pass");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("Terlalu banyak percobaan gagal");
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        Matcher csrf = CSRF.matcher(send(get(url("/login"))).body());
        assertThat(csrf.find()).isTrue();
        return send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password,
                        "_csrf", csrf.group(1)))))
                .build());
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
