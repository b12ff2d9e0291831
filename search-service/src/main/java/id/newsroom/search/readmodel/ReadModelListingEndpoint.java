package id.newsroom.search.readmodel;

import java.io.IOException;

import id.newsroom.search.indexing.IndexStore;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * What the live index holds, for article-service's drift audit: {@code GET /actuator/readmodel?after=<id>&limit=}
 * answers the next page of (id, version, published) in id order, as {@link ListingPage}
 * (contracts/read-model-listing.schema.json), read from terms and doc values only.
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
    public ListingPage page(@Nullable String after, @Nullable Integer limit) throws IOException {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        return ListingPage.of("search", store.withSearcher(searcher -> IndexListing.page(searcher, after, size)), size);
    }
}
