package id.newsroom.article.drift;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One read model's side of the audit: its {@code GET /actuator/readmodel} pages, fetched as the walk needs them.
 * A failure (the service away) ends the audit of that read model with an error instead of a wrong report.
 */
final class ReadModelListing {

    /** article-service's own reading of contracts/read-model-listing.schema.json (unknown fields ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String readModel, List<Item> items, String next) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String id, Long version, Boolean published) {}

    private ReadModelListing() {}

    static KeysetPages of(RestClient http, URI baseUrl, int pageSize) {
        return new KeysetPages(after -> {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUri(baseUrl).path("/actuator/readmodel")
                    .queryParam("limit", pageSize);
            if (after != null) {
                uri.queryParam("after", after);
            }
            Answer answer = http.get().uri(uri.build().encode().toUri()).retrieve().body(Answer.class);
            return page(baseUrl, answer);
        });
    }

    /** A page the walk can trust: a missing part would read as "holds nothing" and report false drift. */
    static KeysetPages.Page page(URI baseUrl, Answer answer) {
        if (answer == null || answer.items() == null) {
            throw new IllegalStateException(baseUrl + "/actuator/readmodel answered no items");
        }
        List<Holding> items = new ArrayList<>(answer.items().size());
        for (Item item : answer.items()) {
            if (item == null || item.id() == null || item.version() == null || item.published() == null) {
                throw new IllegalStateException(baseUrl + "/actuator/readmodel answered an incomplete item " + item);
            }
            items.add(Holding.of(item.id(), item.version(), item.published()));
        }
        return new KeysetPages.Page(items, answer.next());
    }
}
