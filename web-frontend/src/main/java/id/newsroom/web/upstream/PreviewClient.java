package id.newsroom.web.upstream;

import java.net.URI;

import id.newsroom.web.config.FrontendProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * article-service's preview of an unpublished story ({@code GET /api/previews/{token}}): the same shape as
 * feed-service's article page. Never cached: the desk saves again and reloads the preview.
 */
@Component
public class PreviewClient {

    private final UpstreamClient upstream;
    private final JsonMapper json;
    private final String base;

    public PreviewClient(UpstreamClient upstream, JsonMapper json, FrontendProperties props) {
        this.upstream = upstream;
        this.json = json;
        this.base = props.articleUrl();
    }

    /** The story of a preview token; {@link NotFoundException} for a link that is forged (404) or expired (410). */
    public FeedModels.Article article(String token) {
        if (token.isBlank()) {
            throw new NotFoundException("Tautan pratinjau tidak dikenal", false);
        }
        URI uri = Uris.encoded(Uris.at(base).path("/api/previews").pathSegment(token));
        UpstreamClient.Answer answer = upstream.fetch(uri);
        if (answer.status() == 410) {
            throw new NotFoundException("Tautan pratinjau ini sudah kedaluwarsa; minta tautan baru dari meja redaksi.",
                    true);
        }
        if (answer.status() == 404 || answer.status() == 400) {
            throw new NotFoundException("Tautan pratinjau tidak dikenal", false);
        }
        return json.readValue(FeedClient.expectOk(uri, answer), FeedModels.Article.class);
    }
}
