package id.newsroom.article.media;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The collection {@code media} in this service's database: the latest version of every media seen on news.media.v1,
 * so that an article naming a mediaId is filled in without calling media-service. A version replaces the one held
 * only if it is newer (compare-and-set on the held version): duplicates and late older versions change nothing.
 */
@Component
public class MediaReplica {

    /** What applying one media event did. */
    public enum Outcome {
        APPLIED, STALE
    }

    private final MongoCollection<Document> media;

    public MediaReplica(MongoClient client, @Value("${spring.mongodb.database:articles}") String database) {
        this.media = client.getDatabase(database).getCollection("media");
    }

    public Optional<KnownMedia> find(String id) {
        return Optional.ofNullable(media.find(eq("_id", id)).first()).map(MediaReplica::fromDocument);
    }

    public Outcome apply(MediaEvent e, boolean deleted) {
        Document next = toDocument(e, deleted);
        while (true) {
            Document held = media.find(eq("_id", e.mediaId())).projection(Projections.include("version")).first();
            if (held == null) {
                try {
                    media.insertOne(next);
                    return Outcome.APPLIED;
                } catch (MongoWriteException ex) {
                    if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw ex;
                    }
                    continue; // someone inserted it meanwhile: compare with theirs
                }
            }
            long heldVersion = ((Number) held.get("version")).longValue();
            if (heldVersion >= e.version()) {
                return Outcome.STALE;
            }
            if (media.replaceOne(and(eq("_id", e.mediaId()), eq("version", heldVersion)), next)
                    .getMatchedCount() == 1) {
                return Outcome.APPLIED;
            }
        }
    }

    private static Document toDocument(MediaEvent e, boolean deleted) {
        return new Document("_id", e.mediaId()).append("version", e.version()).append("deleted", deleted)
                .append("width", e.width()).append("height", e.height()).append("alt", e.alt())
                .append("caption", e.caption()).append("credit", e.credit()).append("widths", e.widths())
                .append("urlPattern", e.urlPattern());
    }

    private static KnownMedia fromDocument(Document d) {
        List<Integer> widths = d.getList("widths", Number.class, List.of()).stream().map(Number::intValue).toList();
        return new KnownMedia(d.getString("_id"), ((Number) d.get("version")).longValue(),
                Boolean.TRUE.equals(d.getBoolean("deleted")), number(d.get("width")), number(d.get("height")),
                d.getString("alt"), d.getString("caption"), d.getString("credit"), widths,
                d.getString("urlPattern"));
    }

    private static int number(Object n) {
        return n == null ? 0 : ((Number) n).intValue();
    }
}
