package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

/**
 * Every query shape article-service and feed-service issue (collected from ArticleStore, TimelineQueries,
 * ArticlePageController, ProjectionWriter and the import), with random parameters, plus a few general ones
 * (ranges alone, {@code $in} with a sort, a sort the index gives backwards).
 */
final class QueryShapes {

    static final Bson NEWEST_CHANGE = Sorts.descending("updatedAt", "_id");
    static final Bson NEWEST_FIRST = Sorts.descending("publishedAt", "_id");

    /** article-service's OutboxMetrics: how many events wait and since when. */
    static final List<Bson> OUTBOX_BACKLOG = List.of(Aggregates.match(gt("outbox.time", new Date(0))),
            Aggregates.unwind("$outbox"),
            Aggregates.group(null, Accumulators.sum("n", 1), Accumulators.min("oldest", "$outbox.time")));

    record Shape(String description, Bson filter, Bson sort, Bson projection, int limit) {

        List<Document> run(MongoCollection<Document> c) {
            FindIterable<Document> find = c.find(filter);
            if (sort != null) {
                find = find.sort(sort);
            }
            if (projection != null) {
                find = find.projection(projection);
            }
            if (limit > 0) {
                find = find.limit(limit);
            }
            return find.into(new ArrayList<>());
        }

        Shape withoutLimit() {
            return new Shape(description, filter, sort, projection, 0);
        }
    }

    private QueryShapes() {}

    static List<Shape> all(RandomArticles data) {
        List<Shape> shapes = new ArrayList<>();
        String id = data.anyId();
        Date t = data.pick(RandomArticles.TIMES);
        String status = data.pick(RandomArticles.STATUSES);
        String category = data.pick(RandomArticles.CATEGORIES);
        String tag = data.pick(RandomArticles.TAGS);
        String author = data.pick(RandomArticles.AUTHORS);
        Bson keysetChange = or(lt("updatedAt", t), and(eq("updatedAt", t), lt("_id", id)));
        Bson keysetPublished = or(lt("publishedAt", t), and(eq("publishedAt", t), lt("_id", id)));
        Bson state = Projections.exclude("outbox");

        // article-service: ArticleStore
        shapes.add(new Shape("article by id", eq("_id", id), null, state, 0));
        shapes.add(new Shape("compare-and-set by id and version", and(eq("_id", id), eq("version", 2)), null, null, 0));
        shapes.add(new Shape("newsroom list", ne("status", "DELETED"), NEWEST_CHANGE, state, 20));
        shapes.add(new Shape("newsroom list, next page", and(ne("status", "DELETED"), keysetChange), NEWEST_CHANGE,
                state, 20));
        shapes.add(new Shape("newsroom list by status, next page", and(eq("status", status), keysetChange),
                NEWEST_CHANGE, state, 20));
        shapes.add(new Shape("newsroom list by category", and(ne("status", "DELETED"), eq("category.slug", category)),
                NEWEST_CHANGE, state, 20));
        shapes.add(new Shape("newsroom list by status, author", and(eq("status", status), eq("author.id", author)),
                NEWEST_CHANGE, state, 20));
        Bson due = and(eq("status", "SCHEDULED"), lte("scheduledAt", t));
        shapes.add(new Shape("scheduled and due", due, Sorts.ascending("scheduledAt"), state, 10));
        shapes.add(new Shape("overdue count", due, null, Projections.include("_id"), 0));
        shapes.add(new Shape("pending events", gt("outbox.time", new Date(0)), null, Projections.include("outbox"), 0));
        shapes.add(new Shape("pending events, a batch", gt("outbox.time", new Date(0)), null, null, 7));
        shapes.add(new Shape("article by slug", eq("slug", "s-" + id), null, null, 0));
        shapes.add(new Shape("imported article", eq("legacy.wordpressId", data.pick(List.of(3, 7, 11, 49))), null, null,
                0));

        // feed-service: TimelineQueries, ArticlePageController, ProjectionWriter
        for (Bson timeline : List.of(eq("status", "PUBLISHED"),
                and(eq("status", "PUBLISHED"), eq("category.slug", category)),
                and(eq("status", "PUBLISHED"), eq("tags", tag)),
                and(eq("status", "PUBLISHED"), eq("author.id", author)))) {
            String name = "timeline " + timeline.toBsonDocument().toJson();
            shapes.add(new Shape(name, timeline, NEWEST_FIRST, Projections.exclude("body"), 21));
            shapes.add(new Shape(name + ", next page", and(timeline, keysetPublished), NEWEST_FIRST, null, 21));
            shapes.add(new Shape(name + ", exists", timeline, null, Projections.include("_id"), 1));
        }
        shapes.add(new Shape("category exists", eq("category.slug", category), null, Projections.include("_id"), 1));
        shapes.add(new Shape("article page", and(eq("slug", "s-" + id), eq("status", "PUBLISHED")), null, null, 1));
        shapes.add(new Shape("article page by old slug", and(eq("slugs", "old-" + (id.length() % 20)),
                eq("status", "PUBLISHED")), null, Projections.include("slug"), 1));
        shapes.add(new Shape("versions held", in("_id", data.someIds(12)), null, Projections.include("version"), 0));

        // general shapes
        shapes.add(new Shape("range alone, sorted", and(gte("publishedAt", t), lt("publishedAt",
                data.pick(RandomArticles.TIMES))), Sorts.ascending("publishedAt"), null, 0));
        shapes.add(new Shape("oldest first (index read backwards)", eq("status", status),
                Sorts.ascending("publishedAt", "_id"), null, 15));
        shapes.add(new Shape("$in with a sort", in("status", List.of("DRAFT", "SCHEDULED")), NEWEST_FIRST, null, 10));
        shapes.add(new Shape("tags $in", and(eq("status", "PUBLISHED"), in("tags", List.of(tag, "bola"))),
                NEWEST_FIRST, null, 0));
        shapes.add(new Shape("sort on a partly multikey key", eq("status", "PUBLISHED"), Sorts.ascending("tags"), null,
                5));
        shapes.add(new Shape("status only, no sort", eq("status", status), null, null, 0));
        return shapes;
    }
}
