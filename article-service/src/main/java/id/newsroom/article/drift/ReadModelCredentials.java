package id.newsroom.article.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Logs the drift audit in to the read models' actuator, which requires the OPERATOR role: a client-credentials token
 * (fetched once and reused until shortly before it expires), a fixed bearer token or HTTP Basic, whichever is
 * configured first; nothing configured sends no credentials (and the read models answer 401).
 */
final class ReadModelCredentials implements ClientHttpRequestInterceptor {

    private final DriftProperties.Credentials settings;
    private final RestClient tokens;
    private String token;
    private Instant renewAt = Instant.MIN;

    ReadModelCredentials(DriftProperties.Credentials settings, ClientHttpRequestFactory requests) {
        this.settings = settings;
        this.tokens = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String authorization = authorization();
        if (authorization != null) {
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization);
        }
        return execution.execute(request, body);
    }

    private String authorization() {
        if (set(settings.tokenUri())) {
            return "Bearer " + clientCredentialsToken();
        }
        if (set(settings.bearerToken())) {
            return "Bearer " + settings.bearerToken();
        }
        if (set(settings.username())) {
            String pair = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private synchronized String clientCredentialsToken() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", settings.clientId());
            form.add("client_secret", settings.clientSecret());
            JsonNode answer = tokens.post().uri(settings.tokenUri()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(JsonNode.class);
            if (answer == null || !answer.path("access_token").isString()) {
                throw new IllegalStateException(settings.tokenUri() + " issued no access token");
            }
            token = answer.path("access_token").asString();
            // Renewed a little before it expires, so a page fetched mid-audit never carries an expired token.
            long lifetime = answer.path("expires_in").asLong(60);
            renewAt = Instant.now().plusSeconds(Math.max(0, lifetime - 30));
        }
        return token;
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
