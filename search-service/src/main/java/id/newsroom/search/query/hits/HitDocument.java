package id.newsroom.search.query.hits;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.query.api.SearchResponse;

/** What a search hit shows of one article, read from its stored fields (the body cut to what snippets look at). */
public record HitDocument(String id, String slug, String title, String summary, String body, String category,
        String categoryName, String author, String authorName, List<String> tags, Instant publishedAt) {

    static final int MAX_BODY_CHARS = 10_000;

    static HitDocument of(Document doc) {
        IndexableField published = doc.getField(ArticleFields.PUBLISHED_AT);
        String body = doc.get(ArticleFields.BODY);
        return new HitDocument(doc.get(ArticleFields.ID), doc.get(ArticleFields.SLUG), doc.get(ArticleFields.TITLE),
                doc.get(ArticleFields.SUMMARY),
                body == null ? null : body.substring(0, Math.min(MAX_BODY_CHARS, body.length())),
                doc.get(ArticleFields.CATEGORY), doc.get(ArticleFields.CATEGORY_NAME), doc.get(ArticleFields.AUTHOR),
                doc.get(ArticleFields.AUTHOR_NAME), List.of(doc.getValues(ArticleFields.TAGS_STORED)),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()));
    }

    public SearchResponse.Hit toHit(String snippet, Float score, String match) {
        return new SearchResponse.Hit(id, slug, title, snippet, new SearchResponse.Category(category, categoryName),
                new SearchResponse.Author(author, authorName), tags, publishedAt, score, match);
    }
}
