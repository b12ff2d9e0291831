package id.newsroom.article.drift;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * article-service's side of the audit: every article in id order, in keyset pages on {@code _id} (the primary index;
 * a page reads about its size), with only the version, the status and the pending events' ids.
 */
final class SourceListing implements Iterator<Holding> {

    private final MongoCollection<Document> articles;
    private final int pageSize;
    private List<Holding> page = List.of();
    private int position;
    private String after;
    private boolean exhausted;

    SourceListing(MongoCollection<Document> articles, int pageSize) {
        this.articles = articles;
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
        Bson filter = after == null ? new Document() : Filters.gt("_id", after);
        List<Holding> next = new ArrayList<>(pageSize);
        articles.find(filter).projection(Projections.include("version", "status", "outbox.id"))
                .sort(Sorts.ascending("_id")).limit(pageSize).forEach(d -> next.add(holding(d)));
        exhausted = next.size() < pageSize;
        page = next;
        position = 0;
        if (!next.isEmpty()) {
            after = next.get(next.size() - 1).id();
        }
        return !next.isEmpty();
    }

    @Override
    public Holding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(position++);
    }

    static Holding holding(Document d) {
        List<?> outbox = d.getList("outbox", Object.class, List.of());
        return new Holding(d.getString("_id"), ((Number) d.get("version")).longValue(),
                "PUBLISHED".equals(d.getString("status")), !outbox.isEmpty());
    }
}
