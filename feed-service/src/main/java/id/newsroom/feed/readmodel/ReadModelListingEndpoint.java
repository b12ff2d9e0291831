package id.newsroom.feed.readmodel;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * What the read model holds, for article-service's drift audit: {@code GET /actuator/readmodel?after=<id>&limit=}
 * answers the next page of (id, version, published) in id order, as {@link ListingPage}
 * (contracts/read-model-listing.schema.json). A keyset page on {@code _id} reads about its limit from the primary
 * index and only the two small fields of each document, so walking 100,000 articles is cheap.
 */
@Component
@Endpoint(id = "readmodel")
public class ReadModelListingEndpoint {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final ReadModel readModel;

    public ReadModelListingEndpoint(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** One page; {@code next} is the cursor of the following page, null at the end. */
    @ReadOperation
    public ListingPage page(@Nullable String after, @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        Bson filter = after == null || after.isEmpty() ? new Document() : Filters.gt("_id", after);
        List<ListingPage.Item> items = new ArrayList<>(size);
        readModel.active().find(filter).projection(Projections.include("version", "status"))
                .sort(Sorts.ascending("_id")).limit(size).forEach(d -> items.add(item(d)));
        return ListingPage.of("feed", items, size);
    }

    private static ListingPage.Item item(Document d) {
        return new ListingPage.Item(d.getString("_id"), ((Number) d.get("version")).longValue(),
                "PUBLISHED".equals(d.getString("status")));
    }
}
