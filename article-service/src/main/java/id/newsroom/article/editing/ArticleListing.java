package id.newsroom.article.editing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** The newsroom's list (the desk's story list): filters, newest change first, keyset pages. */
@Component
public class ArticleListing {

    private final ArticleStore store;

    public ArticleListing(ArticleStore store) {
        this.store = store;
    }

    /**
     * What the list is filtered by; every part optional.
     *
     * @param words  words that must all occur in the title, any case
     * @param review SUBMITTED or RETURNED
     */
    public record Filter(Status status, String category, String authorId, String words, String review) {}

    /** Newest change first; the cursor is the (updatedAt, id) of the last item of the previous page. */
    public List<ArticleView> list(Filter filter, Instant afterUpdatedAt, String afterId, int limit, Instant now) {
        List<Bson> filters = new ArrayList<>();
        filters.add(filter.status() == null
                ? Filters.ne("status", Status.DELETED.name())
                : eq("status", filter.status().name()));
        if (filter.category() != null) {
            filters.add(eq("category.slug", filter.category()));
        }
        if (filter.authorId() != null) {
            filters.add(eq("author.id", filter.authorId()));
        }
        if (filter.review() != null) {
            filters.add(eq(ArticleStore.REVIEW + ".state", filter.review()));
        }
        if (filter.words() != null) {
            for (String word : filter.words().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty()) { // quoted: a word is text, never a pattern
                    filters.add(Filters.regex("title", Pattern.compile(Pattern.quote(word),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
        }
        if (afterUpdatedAt != null) {
            Date t = Date.from(afterUpdatedAt);
            filters.add(or(lt("updatedAt", t), and(eq("updatedAt", t), lt("_id", afterId))));
        }
        List<ArticleView> page = new ArrayList<>();
        store.collection().find(and(filters)).projection(ArticleStore.STATE_ONLY)
                .sort(Sorts.descending("updatedAt", "_id")).limit(limit)
                .forEach(d -> page.add(ArticleDocuments.view(d, now)));
        return page;
    }
}
