package id.newsroom.article.drift;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * One read model's side of the audit: its {@code GET /actuator/readmodel} pages, fetched as the walk needs them.
 * A failure (the service away) ends the audit of that read model with an error instead of a wrong report.
 */
final class ReadModelListing {

    private ReadModelListing() {}

    static KeysetPages of(RestClient http, URI baseUrl, int pageSize) {
        return new KeysetPages(after -> {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUri(baseUrl).path("/actuator/readmodel")
                    .queryParam("limit", pageSize);
            if (after != null) {
                uri.queryParam("after", after);
            }
            JsonNode answer = http.get().uri(uri.build().encode().toUri()).retrieve().body(JsonNode.class);
            if (answer == null || !answer.path("items").isArray()) {
                throw new IllegalStateException(baseUrl + "/actuator/readmodel answered no items");
            }
            List<Holding> items = new ArrayList<>();
            for (JsonNode item : answer.path("items")) {
                items.add(Holding.of(item.path("id").asString(), item.path("version").asLong(),
                        item.path("published").asBoolean()));
            }
            JsonNode cursor = answer.path("next");
            return new KeysetPages.Page(items, cursor.isNull() || cursor.isMissingNode() ? null : cursor.asString());
        });
    }
}
