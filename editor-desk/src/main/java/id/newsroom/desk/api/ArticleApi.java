package id.newsroom.desk.api;

import java.util.Map;

import id.newsroom.desk.DeskProperties;
import id.newsroom.desk.security.AccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

/** article-service as the desk's pages read it, with the signed-in user's token. */
@Component
public class ArticleApi {

    private final RestClient client;
    private final AccessTokens tokens;

    public ArticleApi(DeskProperties props, AccessTokens tokens) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
        factory.setReadTimeout(props.timeout());
        this.client = RestClient.builder().baseUrl(props.articleUrl()).requestFactory(factory).build();
        this.tokens = tokens;
    }

    /** An article with its ETag; empty body for 404. */
    public ResponseEntity<JsonNode> article(String id, HttpServletRequest req, HttpServletResponse res) {
        return client.get().uri("/api/articles/{id}", id).headers(h -> h.setBearerAuth(tokens.current(req, res)))
                .retrieve().onStatus(s -> s.value() == 404, (rq, rs) -> {}).toEntity(JsonNode.class);
    }

    /** A page of the list, filters as the API names them (status, category, author, q, review, cursor, limit). */
    public JsonNode list(Map<String, String> filters, HttpServletRequest req, HttpServletResponse res) {
        return client.get().uri(b -> query(b.path("/api/articles"), filters))
                .headers(h -> h.setBearerAuth(tokens.current(req, res))).retrieve().body(JsonNode.class);
    }

    public JsonNode categories(HttpServletRequest req, HttpServletResponse res) {
        return client.get().uri("/api/categories").headers(h -> h.setBearerAuth(tokens.current(req, res)))
                .retrieve().body(JsonNode.class);
    }

    public JsonNode get(String path, HttpServletRequest req, HttpServletResponse res) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(tokens.current(req, res))).retrieve()
                .body(JsonNode.class);
    }

    /** Creates a draft; answers the API's status and body (a problem when refused). */
    public ResponseEntity<JsonNode> create(Map<String, Object> draft, HttpServletRequest req,
            HttpServletResponse res) {
        return client.post().uri("/api/articles").headers(h -> h.setBearerAuth(tokens.current(req, res)))
                .contentType(MediaType.APPLICATION_JSON).body(draft).retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (rq, rs) -> {}).toEntity(JsonNode.class);
    }

    private static java.net.URI query(UriBuilder builder, Map<String, String> filters) {
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                builder.queryParam(k, v);
            }
        });
        return builder.build();
    }
}
