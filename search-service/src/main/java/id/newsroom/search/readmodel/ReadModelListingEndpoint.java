package id.newsroom.search.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.search.indexing.IndexStore;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * What the live index holds, for article-service's drift audit: {@code GET /actuator/readmodel?after=<id>&limit=}
 * answers the next page of (id, version, published) in id order, read from terms and doc values only.
 */
@Component
@Endpoint(id = "readmodel")
public class ReadModelListingEndpoint {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final IndexStore store;

    public ReadModelListingEndpoint(IndexStore store) {
        this.store = store;
    }

    @ReadOperation
    public Map<String, Object> page(@Nullable String after, @Nullable Integer limit) throws IOException {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        List<IndexListing.Item> page = store.withSearcher(searcher -> IndexListing.page(searcher, after, size));
        List<Map<String, Object>> items = new ArrayList<>(page.size());
        for (IndexListing.Item i : page) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i.id());
            item.put("version", i.version());
            item.put("published", i.published());
            items.add(item);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("readModel", "search");
        answer.put("items", items);
        answer.put("next", page.size() < size ? null : page.get(page.size() - 1).id());
        return answer;
    }
}
