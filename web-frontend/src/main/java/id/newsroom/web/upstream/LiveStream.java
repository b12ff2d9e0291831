package id.newsroom.web.upstream;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

import id.newsroom.web.config.FrontendProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Opens feed-service's Server-Sent Events stream, so the browser can follow it through the site's own origin. Its own
 * client: the same connect timeout as the other calls, but no read timeout, which would end the stream after 2 s.
 */
@Component
public class LiveStream {

    private static final int MAX_EVENT_ID_LENGTH = 100;

    private final RestClient http;
    private final String base;

    public LiveStream(RestClient.Builder builder, FrontendProperties props) {
        this.http = builder.requestFactory(UpstreamClient.requestFactory(props.upstream().connectTimeout(), null))
                .build();
        this.base = props.feedUrl();
    }

    /**
     * The open event stream of one section ("" or null: every section), for the caller to read and close; empty when
     * feed-service does not know the section; {@link UpstreamUnavailableException} when it cannot be reached.
     */
    public Optional<InputStream> open(String category, String lastEventId) {
        URI uri = Uris.encoded(Uris.at(base).path("/api/feed/stream").queryParamIfPresent("category",
                Optional.ofNullable(category).filter(c -> !c.isEmpty())));
        try {
            return http.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).headers(headers -> {
                if (lastEventId != null && lastEventId.length() <= MAX_EVENT_ID_LENGTH) {
                    headers.set("Last-Event-ID", lastEventId);
                }
            }).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 200) {
                    return Optional.of(response.getBody());
                }
                response.close();
                if (status == 404) {
                    return Optional.empty();
                }
                throw new UpstreamUnavailableException(uri + " answered " + status);
            }, false); // false: the body stays open for the relay, which closes it
        } catch (ResourceAccessException e) {
            throw new UpstreamUnavailableException("live stream: " + e.getMessage());
        }
    }
}
