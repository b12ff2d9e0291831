package id.newsroom.article.drift;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.newsroom.article.outbox.OutboxStore;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * article-service's side of the audit: every article in id order, in keyset pages on {@code _id} (the primary index;
 * a page reads about its size), with only the version, the status and the pending events' ids.
 */
final class SourceListing {

    private SourceListing() {}

    static KeysetPages of(MongoCollection<Document> articles, int pageSize) {
        return new KeysetPages(after -> {
            Bson filter = after == null ? new Document() : Filters.gt("_id", after);
            List<Holding> items = new ArrayList<>(pageSize);
            articles.find(filter)
                    .projection(Projections.include("version", "status", OutboxStore.FIELD + ".id",
                            OutboxStore.BULK_FIELD + ".id"))
                    .sort(Sorts.ascending("_id")).limit(pageSize).forEach(d -> items.add(holding(d)));
            String next = items.size() < pageSize ? null : items.get(items.size() - 1).id();
            return new KeysetPages.Page(items, next);
        });
    }

    static Holding holding(Document d) {
        return new Holding(d.getString("_id"), ((Number) d.get("version")).longValue(),
                "PUBLISHED".equals(d.getString("status")), OutboxStore.holdsEvents(d));
    }
}
