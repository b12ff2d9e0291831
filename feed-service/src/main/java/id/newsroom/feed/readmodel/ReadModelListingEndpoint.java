package id.newsroom.feed.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * answers the next page of (id, version, published) in id order. A keyset page on {@code _id} reads about its limit
 * from the primary index and only the two small fields of each document, so walking 100,000 articles is cheap.
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
    public Map<String, Object> page(@Nullable String after, @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        Bson filter = after == null || after.isEmpty() ? new Document() : Filters.gt("_id", after);
        List<Map<String, Object>> items = new ArrayList<>(size);
        readModel.active().find(filter).projection(Projections.include("version", "status"))
                .sort(Sorts.ascending("_id")).limit(size).forEach(d -> items.add(item(d)));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("readModel", "feed");
        page.put("items", items);
        page.put("next", items.size() < size ? null : items.get(items.size() - 1).get("id"));
        return page;
    }

    private static Map<String, Object> item(Document d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.getString("_id"));
        item.put("version", ((Number) d.get("version")).longValue());
        item.put("published", "PUBLISHED".equals(d.getString("status")));
        return item;
    }
}
