package id.newsroom.article.editing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import id.newsroom.article.config.ArticleProperties;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The content of each revision (the editable fields), in collection {@code revision_contents}, one document per
 * article version: outside the article document, whose every update the stand-in rewrites whole and which must stay
 * far from 16 MB; only the newest {@code article.revisions.kept-contents} per article are kept. Written after the
 * commit, by the writer that won it: a crash in between leaves that one revision without content (never a wrong one).
 */
@Component
public class RevisionSnapshots {

    private final MongoCollection<Document> contents;
    private final int kept;

    public RevisionSnapshots(MongoClient client, @Value("${spring.mongodb.database:articles}") String database,
            ArticleProperties properties) {
        this.contents = client.getDatabase(database).getCollection("revision_contents");
        this.kept = Math.max(1, properties.revisions().keptContents());
        contents.createIndex(Indexes.ascending("articleId", "version"), new IndexOptions().name("article_version"));
    }

    void keep(Article written) {
        Document d = new Document("_id", key(written.id(), written.version())).append("articleId", written.id())
                .append("version", written.version())
                .append("content", ArticleDocuments.toDocument(ContentRules.Content.of(written)));
        contents.replaceOne(eq("_id", d.getString("_id")), d, new ReplaceOptions().upsert(true));
        if (written.version() > kept) {
            contents.deleteMany(and(eq("articleId", written.id()), lte("version", written.version() - kept)));
        }
    }

    public Optional<ContentRules.Content> find(String articleId, long version) {
        return Optional.ofNullable(contents.find(eq("_id", key(articleId, version))).first())
                .map(d -> ArticleDocuments.content(d.get("content", Document.class)));
    }

    private static String key(String articleId, long version) {
        return articleId + "/" + version;
    }
}
