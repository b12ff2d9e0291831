package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.queries.mlt.MoreLikeThis;
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

    private final IndexStore store;
    private final HitDocuments documents;

    public RelatedService(IndexStore store, HitDocuments documents) {
        this.store = store;
        this.documents = documents;
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
                ScoreDoc[] top = searcher.search(like, size).scoreDocs;
                HitDocument[] docs = documents.load(searcher, Arrays.stream(top).mapToInt(hit -> hit.doc).toArray());
                List<SearchResponse.Hit> hits = new ArrayList<>();
                for (int i = 0; i < top.length; i++) {
                    hits.add(docs[i].toHit(Snippets.plain(docs[i]), top[i].score, null));
                }
                return new SearchResponse.Related(articleId, hits);
            });
        } catch (IOException e) {
            throw new IllegalStateException("search index unavailable", e);
        }
    }
}
