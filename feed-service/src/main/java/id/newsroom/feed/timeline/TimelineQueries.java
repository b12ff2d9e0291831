package id.newsroom.feed.timeline;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.newsroom.feed.readmodel.ReadModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Keyset queries on the active read model: newest first by publishedAt, ties broken by id (both descending). */
@Component
public class TimelineQueries {

    static final Bson NEWEST_FIRST = Sorts.descending("publishedAt", "_id");
    static final Bson LIST_FIELDS = Projections.exclude("body", "slugs", "change");

    private final ReadModel readModel;

    public TimelineQueries(ReadModel readModel) {
        this.readModel = readModel;
    }

    public Page page(Timeline timeline, Cursor after, int limit) {
        Bson filter = timeline.filter();
        if (after != null) {
            filter = Filters.and(filter, Filters.or(Filters.lt("publishedAt", after.publishedAt()),
                    Filters.and(Filters.eq("publishedAt", after.publishedAt()), Filters.lt("_id", after.id()))));
        }
        List<ItemView> items = new ArrayList<>(limit + 1);
        readModel.active().find(filter).projection(LIST_FIELDS).sort(NEWEST_FIRST).limit(limit + 1)
                .forEach(d -> items.add(ItemView.from(d)));
        String next = null;
        if (items.size() > limit) {
            items.remove(limit);
            ItemView last = items.get(limit - 1);
            next = new Cursor(Date.from(last.publishedAt()), last.id()).encode();
        }
        return new Page(items, next);
    }

    /** The newest {@code n} published articles of a timeline with their bodies (for syndication feeds). */
    public List<Document> latest(Timeline timeline, int n) {
        List<Document> out = new ArrayList<>(n);
        readModel.active().find(timeline.filter()).projection(Projections.exclude("slugs", "change"))
                .sort(NEWEST_FIRST).limit(n).forEach(out::add);
        return out;
    }

    /** Whether any published article is in this timeline (tells an unknown tag or author from an empty page). */
    public boolean exists(Timeline timeline) {
        return readModel.active().find(timeline.filter()).projection(Projections.include("_id")).first() != null;
    }

    public boolean categoryExists(String slug) {
        return readModel.active().find(Filters.eq("category.slug", slug)).projection(Projections.include("_id"))
                .first() != null;
    }
}
