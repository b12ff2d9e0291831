package id.newsroom.web.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import id.newsroom.web.config.FrontendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** search-service's public API, as the pages need it. */
@Component
public class SearchClient {

    /** search-service refused the query (a bad date, say); the message is its problem detail. */
    public static class BadSearchException extends RuntimeException {
        public BadSearchException(String detail) {
            super(detail);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SearchClient.class);

    private final UpstreamClient upstream;
    private final JsonMapper json;
    private final String base;
    private final Duration relatedFresh;

    public SearchClient(UpstreamClient upstream, JsonMapper json, FrontendProperties props) {
        this.upstream = upstream;
        this.json = json;
        this.base = props.searchUrl();
        this.relatedFresh = props.upstream().relatedFresh();
    }

    /** One page of results; blank filters are left out of the request. */
    public SearchModels.Result search(SearchModels.Query query) {
        UriComponentsBuilder b = Uris.at(base).path("/api/search");
        param(b, "q", query.q());
        param(b, "category", query.category());
        param(b, "from", query.from());
        param(b, "to", query.to());
        param(b, "sort", query.sort());
        URI uri = Uris.encoded(b.queryParam("page", query.page()).queryParam("size", query.size()));
        UpstreamClient.Answer answer = upstream.get(uri);
        if (answer.status() == 400) {
            JsonNode problem = json.readTree(answer.body());
            throw new BadSearchException(problem.path("detail").asString("Pencarian tidak valid."));
        }
        return json.readValue(FeedClient.expectOk(uri, answer), SearchModels.Result.class);
    }

    public List<SearchModels.Suggestion> suggest(String q) {
        URI uri = Uris.encoded(Uris.at(base).path("/api/search/suggest").queryParam("size", 6).queryParam("q", q));
        UpstreamClient.Answer answer = upstream.get(uri);
        return answer.status() == 200
                ? json.readValue(answer.body(), SearchModels.Suggestions.class).suggestions()
                : List.of();
    }

    /**
     * Related articles; an article page without them is better than no article page, so failures give none. Reused for
     * {@code related-fresh} (a minute): they change slowly, and revalidating an article page then costs search nothing.
     */
    public List<SearchModels.Hit> related(String articleId) {
        try {
            URI uri = Uris.encoded(
                    Uris.at(base).path("/api/search/related").pathSegment(articleId).queryParam("size", 4));
            UpstreamClient.Answer answer = upstream.get(uri, relatedFresh);
            return answer.status() == 200
                    ? json.readValue(answer.body(), SearchModels.Related.class).hits()
                    : List.of();
        } catch (RuntimeException e) {
            log.warn("No related articles for {}: {}", articleId, e.getMessage());
            return List.of();
        }
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }
}
