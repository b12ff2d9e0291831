package id.newsroom.web.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.web.config.FrontendProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * GET against feed-service and search-service with timeouts and a small bounded cache: a fresh answer is reused without a
 * request, an older one is revalidated with If-None-Match (a 304 costs the upstream almost nothing), and when the
 * upstream fails a copy up to {@code stale-if-error} old is served so pages degrade instead of failing.
 */
@Component
public class UpstreamClient {

    /** What the upstream answered: status, body (JSON) and the Location of a redirect. */
    public record Answer(int status, String body, String location) {}

    private record Entry(Answer answer, String etag, Instant fetched) {}

    private final HttpClient http;
    private final FrontendProperties.Upstream settings;
    private final Clock clock;
    private final Cache<String, Entry> cache;

    @Autowired
    public UpstreamClient(FrontendProperties props) {
        this(props.upstream(), Clock.systemUTC());
    }

    UpstreamClient(FrontendProperties.Upstream settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        // Size only, no expiry: an entry past stale-if-error still has its ETag, so a 304 can revive it.
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheEntries()).build();
    }

    /** The answer for {@code url}; throws {@link UpstreamUnavailableException} when neither it nor a copy is at hand. */
    public Answer get(String url) {
        Entry cached = cached(url);
        Instant now = clock.instant();
        if (cached != null && cached.fetched().plus(settings.fresh()).isAfter(now)) {
            return cached.answer();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.readTimeout())
                .header("Accept", "*/*");
        if (cached != null && cached.etag() != null) {
            request.header("If-None-Match", cached.etag());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 304 && cached != null) {
                store(url, new Entry(cached.answer(), cached.etag(), now));
                return cached.answer();
            }
            if (status >= 500) {
                return staleOr(url, cached, now, new UpstreamUnavailableException(url + " answered " + status));
            }
            Answer answer = new Answer(status, response.body(),
                    response.headers().firstValue("Location").orElse(null));
            if (status == 200 || status == 301 || status == 404 || status == 410) {
                store(url, new Entry(answer, response.headers().firstValue("ETag").orElse(null), now));
            }
            return answer;
        } catch (IOException e) {
            return staleOr(url, cached, now, new UpstreamUnavailableException(url + ": " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException(url + ": interrupted");
        }
    }

    /**
     * One GET without the cache, for answers that must never be reused (a preview changes with every save of the
     * desk); throws {@link UpstreamUnavailableException} on a failure or a 5xx.
     */
    public Answer fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.readTimeout())
                .header("Accept", "*/*").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new UpstreamUnavailableException(url + " answered " + response.statusCode());
            }
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UpstreamUnavailableException(url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException(url + ": interrupted");
        }
    }

    private Answer staleOr(String url, Entry cached, Instant now, UpstreamUnavailableException failure) {
        if (cached != null && cached.fetched().plus(settings.staleIfError()).isAfter(now)) {
            return cached.answer();
        }
        throw failure;
    }

    private Entry cached(String url) {
        return cache.getIfPresent(url);
    }

    private void store(String url, Entry entry) {
        cache.put(url, entry);
    }

    /** For the live proxy: a streaming request without the cache. */
    HttpClient http() {
        return http;
    }

    Duration connectTimeout() {
        return settings.connectTimeout();
    }
}
