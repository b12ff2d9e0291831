package id.newsroom.article.drift;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The drift audit ({@code article.drift.*}).
 *
 * @param readModels   read model name to the base URL of a service that answers {@code GET /actuator/readmodel}
 *                     (e.g. {@code feed: http://feed-service:8082}); none configured: nothing to audit
 * @param interval     how often the scheduled audit runs; zero (the default) runs it only when an operator asks
 * @param pageSize     ids per page, on both sides of the comparison
 * @param sampleSize   how many ids of each kind a report names
 * @param timeout      per request to a read model
 * @param credentials  how the audit logs in to the read models' actuator (it needs the OPERATOR role)
 */
@ConfigurationProperties("article.drift")
public record DriftProperties(@DefaultValue Map<String, URI> readModels, @DefaultValue("0s") Duration interval,
        @DefaultValue("500") int pageSize, @DefaultValue("20") int sampleSize, @DefaultValue("10s") Duration timeout,
        @DefaultValue Credentials credentials) {

    /**
     * The audit's service credential, the first one set wins: a client-credentials grant at {@code tokenUri} (docker,
     * k8s: Keycloak's client with the OPERATOR role), a fixed {@code bearerToken}, or HTTP Basic (the local run).
     */
    public record Credentials(String tokenUri, String clientId, String clientSecret, String bearerToken,
            String username, String password) {}
}
