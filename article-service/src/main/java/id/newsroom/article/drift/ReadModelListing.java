package id.newsroom.article.drift;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * One read model's side of the audit: its {@code GET /actuator/readmodel} pages, fetched as the walk needs them.
 * A failure (the service away) ends the audit of that read model with an error instead of a wrong report.
 */
final class ReadModelListing implements Iterator<Holding> {

    private final RestClient http;
    private final URI baseUrl;
    private final int pageSize;
    private List<Holding> page = List.of();
    private int position;
    private String after;
    private boolean exhausted;

    ReadModelListing(RestClient http, URI baseUrl, int pageSize) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (position < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(baseUrl).path("/actuator/readmodel")
                .queryParam("limit", pageSize);
        if (after != null) {
            uri.queryParam("after", after);
        }
        JsonNode answer = http.get().uri(uri.build().encode().toUri()).retrieve().body(JsonNode.class);
        if (answer == null || !answer.path("items").isArray()) {
            throw new IllegalStateException(baseUrl + "/actuator/readmodel answered no items");
        }
        List<Holding> next = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            next.add(Holding.of(item.path("id").asString(), item.path("version").asLong(),
                    item.path("published").asBoolean()));
        }
        JsonNode cursor = answer.path("next");
        exhausted = cursor.isNull() || cursor.isMissingNode() || next.isEmpty();
        after = exhausted ? after : cursor.asString();
        page = next;
        position = 0;
        return !next.isEmpty();
    }

    @Override
    public Holding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(position++);
    }
}
