package id.newsroom.web.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import id.newsroom.web.config.FrontendProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Opens feed-service's Server-Sent Events stream, so the browser can follow it through the site's own origin. */
@Component
public class LiveStream {

    private final UpstreamClient upstream;
    private final String base;

    public LiveStream(UpstreamClient upstream, FrontendProperties props) {
        this.upstream = upstream;
        this.base = props.feedUrl();
    }

    /** The event stream of one section ("" or null: every section); empty when feed-service does not know it. */
    public Optional<InputStream> open(String category, String lastEventId) throws IOException, InterruptedException {
        String url = base + "/api/feed/stream"
                + (category == null || category.isEmpty()
                        ? ""
                        : "?category=" + UriUtils.encodeQueryParam(category, "UTF-8"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null && lastEventId.length() <= 100) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = upstream.http().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            throw new UpstreamUnavailableException(url + " answered " + response.statusCode());
        }
        return Optional.of(response.body());
    }
}
