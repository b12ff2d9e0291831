package id.newsroom.article.drift;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The drift audit ({@code article.drift.*}).
 *
 * @param readModels   read model name to the base URL of a service that answers {@code GET /actuator/readmodel}
 *                     (e.g. {@code feed: http://feed-service:8082}); none configured: nothing to audit
 * @param interval     how often the scheduled audit runs; zero (the default) runs it only when an operator asks
 * @param pageSize     ids per page, on both sides of the comparison
 * @param sampleSize   how many ids of each kind a report names
 * @param timeout      per request to a read model
 */
@ConfigurationProperties("article.drift")
public record DriftProperties(Map<String, URI> readModels, Duration interval, Integer pageSize, Integer sampleSize,
        Duration timeout) {

    public DriftProperties {
        readModels = readModels == null ? Map.of() : new LinkedHashMap<>(readModels);
        interval = interval == null ? Duration.ZERO : interval;
        pageSize = pageSize == null ? 500 : pageSize;
        sampleSize = sampleSize == null ? 20 : sampleSize;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
