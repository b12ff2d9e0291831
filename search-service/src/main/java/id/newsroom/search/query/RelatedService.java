package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexGeneration;
import id.newsroom.search.indexing.IndexStore;

/** "More like this": published stories sharing the most telling words of one article, never the article itself. */
public class RelatedService {

    private static final Set<String> FIELDS = Set.of(ArticleFields.ID, ArticleFields.SLUG, ArticleFields.TITLE,
            ArticleFields.SUMMARY, ArticleFields.CATEGORY, ArticleFields.CATEGORY_NAME, ArticleFields.AUTHOR,
            ArticleFields.AUTHOR_NAME, ArticleFields.TAGS_STORED, ArticleFields.PUBLISHED_AT);

    private final IndexStore store;

    public RelatedService(IndexStore store) {
        this.store = store;
    }

    public SearchResponse.Related related(String articleId, int size) {
        try {
            return store.withSearcher(searcher -> {
                Query self = new BooleanQuery.Builder()
                        .add(new TermQuery(ArticleFields.idTerm(articleId)), Occur.MUST)
                        .add(new TermQuery(ArticleFields.VISIBLE_TERM), Occur.FILTER).build();
                TopDocs found = searcher.search(self, 1);
                if (found.scoreDocs.length == 0) {
                    throw new NotFoundException("No published article with id " + articleId);
                }
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(IndexGeneration.analyzer());
                mlt.setFieldNames(new String[] {ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.BODY});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                mlt.setMinWordLen(3);
                mlt.setMaxQueryTerms(25);
                mlt.setBoost(true);
                Query like = new BooleanQuery.Builder()
                        .add(mlt.like(found.scoreDocs[0].doc), Occur.MUST)
                        .add(new TermQuery(ArticleFields.idTerm(articleId)), Occur.MUST_NOT)
                        .add(new TermQuery(ArticleFields.VISIBLE_TERM), Occur.FILTER).build();
                List<SearchResponse.Hit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc scoreDoc : searcher.search(like, size).scoreDocs) {
                    Document doc = stored.document(scoreDoc.doc, FIELDS);
                    String summary = doc.get(ArticleFields.SUMMARY);
                    hits.add(SearchService.hit(doc, Html.escape(Html.shorten(summary == null ? "" : summary, 220)),
                            scoreDoc.score));
                }
                return new SearchResponse.Related(articleId, hits);
            });
        } catch (IOException e) {
            throw new IllegalStateException("search index unavailable", e);
        }
    }
}
