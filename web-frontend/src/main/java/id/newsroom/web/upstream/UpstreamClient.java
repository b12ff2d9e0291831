package id.newsroom.web.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.newsroom.web.config.FrontendProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * GET against feed-service and search-service with timeouts and a small bounded cache: a fresh answer is reused without a
 * request, an older one is revalidated with If-None-Match (a 304 costs the upstream almost nothing), and when the
 * upstream fails a copy up to {@code stale-if-error} old is served so pages degrade instead of failing. Requests go
 * through a {@link RestClient} from Boot's builder: observed, so each carries the reader's trace on.
 */
@Component
public class UpstreamClient {

    /** What the upstream answered: status, body (JSON) and the Location of a redirect. */
    public record Answer(int status, String body, String location) {}

    /** {@code version}: what a page remembers of this answer to tell whether it changed (see {@link Inputs}). */
    private record Entry(Answer answer, String etag, String version, Instant fetched) {}

    private record Reply(Answer answer, String etag) {}

    private final RestClient http;
    private final FrontendProperties.Upstream settings;
    private final Clock clock;
    private final Cache<String, Entry> cache;

    @Autowired
    public UpstreamClient(FrontendProperties props, RestClient.Builder builder) {
        this(props.upstream(), Clock.systemUTC(), builder);
    }

    /** Without Boot's builder (unit tests): the same timeouts and cache, no observation. */
    UpstreamClient(FrontendProperties.Upstream settings, Clock clock) {
        this(settings, clock, RestClient.builder());
    }

    private UpstreamClient(FrontendProperties.Upstream settings, Clock clock, RestClient.Builder builder) {
        this.settings = settings;
        this.clock = clock;
        this.http = builder.requestFactory(requestFactory(settings.connectTimeout(), settings.readTimeout())).build();
        // Size only, no expiry: an entry past stale-if-error still has its ETag, so a 304 can revive it.
        this.cache = Caffeine.newBuilder().maximumSize(settings.cacheEntries()).build();
    }

    /**
     * The JDK client on HTTP/1.1 (no h2c upgrade dance with the services' Tomcat) that never follows redirects: feed's
     * 301 for an old slug becomes the site's own 301. {@code readTimeout} null: none (an open-ended stream).
     */
    static ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        return ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
                .build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout)
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }

    /** {@link #get(URI)} of an address already encoded. */
    public Answer get(String url) {
        return get(URI.create(url));
    }

    /** The answer for {@code uri}; throws {@link UpstreamUnavailableException} when neither it nor a copy is at hand. */
    public Answer get(URI uri) {
        return get(uri, settings.fresh());
    }

    /**
     * {@link #get(URI)} reusing an answer younger than {@code fresh} without a request (longer for what changes
     * slowly, such as related stories). The answer is recorded as an input of the page being rendered, if any.
     */
    public Answer get(URI uri, Duration fresh) {
        Entry entry;
        try {
            entry = entry(uri, fresh);
        } catch (UpstreamUnavailableException e) {
            Inputs.incomplete();
            throw e;
        }
        Inputs.read(new Inputs.Input(uri, fresh, entry.version(), entry.fetched()));
        return entry.answer();
    }

    /**
     * What {@code input}'s address answers now, as an input: the same version when unchanged. Costs nothing while the
     * answer is fresh, else a conditional GET; {@code revalidate} asks even when fresh (a reader's reload).
     */
    public Inputs.Input reread(Inputs.Input input, boolean revalidate) {
        Entry entry = entry(input.uri(), revalidate ? Duration.ZERO : input.fresh());
        return new Inputs.Input(input.uri(), input.fresh(), entry.version(), entry.fetched());
    }

    private Entry entry(URI uri, Duration fresh) {
        String key = uri.toString();
        Entry cached = cache.getIfPresent(key);
        Instant now = clock.instant();
        // A longer freshness is for what was found: a story not there yet may be published any moment.
        Duration reuse = cached != null && cached.answer().status() != 200 && fresh.compareTo(settings.fresh()) > 0
                ? settings.fresh()
                : fresh;
        if (cached != null && cached.fetched().plus(reuse).isAfter(now)) {
            return cached;
        }
        Reply reply;
        try {
            reply = send(uri, cached == null ? null : cached.etag());
        } catch (ResourceAccessException e) {
            return staleOr(cached, now, new UpstreamUnavailableException(uri + ": " + e.getMessage()));
        }
        int status = reply.answer().status();
        if (status == 304 && cached != null) {
            Entry confirmed = new Entry(cached.answer(), cached.etag(), cached.version(), now);
            cache.put(key, confirmed);
            return confirmed;
        }
        if (status >= 500) {
            return staleOr(cached, now, new UpstreamUnavailableException(uri + " answered " + status));
        }
        Entry entry = new Entry(reply.answer(), reply.etag(), version(reply), now);
        if (status == 200 || status == 301 || status == 404 || status == 410) {
            cache.put(key, entry);
        }
        return entry;
    }

    /** The ETag, or for a service that sends none (search) a digest of what it answered, computed once per fetch. */
    private static String version(Reply reply) {
        if (reply.etag() != null) {
            return reply.etag();
        }
        Answer a = reply.answer();
        String whole = a.status() + " " + a.location() + "\n" + a.body();
        return "md5:" + DigestUtils.md5DigestAsHex(whole.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One GET without the cache, for answers that must never be reused (a preview changes with every save of the
     * desk); throws {@link UpstreamUnavailableException} on a failure or a 5xx.
     */
    public Answer fetch(URI uri) {
        Inputs.incomplete(); // a page showing it must never be kept either
        Answer answer;
        try {
            answer = send(uri, null).answer();
        } catch (ResourceAccessException e) {
            throw new UpstreamUnavailableException(uri + ": " + e.getMessage());
        }
        if (answer.status() >= 500) {
            throw new UpstreamUnavailableException(uri + " answered " + answer.status());
        }
        return answer;
    }

    /** Every status is an answer here (the callers map 301/404/410); only I/O failures throw. */
    private Reply send(URI uri, String etag) {
        return http.get().uri(uri).accept(MediaType.ALL).headers(headers -> {
            if (etag != null) {
                headers.setIfNoneMatch(etag);
            }
        }).exchange((request, response) -> new Reply(new Answer(response.getStatusCode().value(), body(response),
                response.getHeaders().getFirst(HttpHeaders.LOCATION)), response.getHeaders().getETag()));
    }

    private static String body(ClientHttpResponse response) throws IOException {
        MediaType type = response.getHeaders().getContentType();
        Charset charset = type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        return StreamUtils.copyToString(response.getBody(), charset);
    }

    private Entry staleOr(Entry cached, Instant now, UpstreamUnavailableException failure) {
        if (cached != null && cached.fetched().plus(settings.staleIfError()).isAfter(now)) {
            return cached;
        }
        throw failure;
    }
}
