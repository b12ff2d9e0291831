package id.newsroom.web.upstream;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.newsroom.web.config.FrontendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
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

    public SearchClient(UpstreamClient upstream, JsonMapper json, FrontendProperties props) {
        this.upstream = upstream;
        this.json = json;
        this.base = props.searchUrl();
    }

    /** {@code params} are search-service's query parameters (q, category, from, to, sort, page, size). */
    public SearchModels.Result search(Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
                .collect(Collectors.joining("&"));
        String url = base + "/api/search?" + query;
        UpstreamClient.Answer answer = upstream.get(url);
        if (answer.status() == 400) {
            JsonNode problem = json.readTree(answer.body());
            throw new BadSearchException(problem.path("detail").asString("Pencarian tidak valid."));
        }
        return json.readValue(FeedClient.expectOk(url, answer), SearchModels.Result.class);
    }

    public List<SearchModels.Suggestion> suggest(String q) {
        String url = base + "/api/search/suggest?size=6&q=" + UriUtils.encodeQueryParam(q, "UTF-8");
        UpstreamClient.Answer answer = upstream.get(url);
        return answer.status() == 200
                ? json.readValue(answer.body(), SearchModels.Suggestions.class).suggestions()
                : List.of();
    }

    /** Related articles; an article page without them is better than no article page, so failures give none. */
    public List<SearchModels.Hit> related(String articleId) {
        try {
            String url = base + "/api/search/related/" + UriUtils.encodePathSegment(articleId, "UTF-8") + "?size=4";
            UpstreamClient.Answer answer = upstream.get(url);
            return answer.status() == 200
                    ? json.readValue(answer.body(), SearchModels.Related.class).hits()
                    : List.of();
        } catch (RuntimeException e) {
            log.warn("No related articles for {}: {}", articleId, e.getMessage());
            return List.of();
        }
    }
}
