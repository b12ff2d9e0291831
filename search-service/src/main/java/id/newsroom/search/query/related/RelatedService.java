package id.newsroom.search.query.related;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexStore;
import id.newsroom.search.query.api.NotFoundException;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.hits.HitDocument;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.query.snippets.Snippets;

/**
 * "More like this": published stories sharing the most telling words of one article, never the article itself.
 * Article pages ask for it on every view, so it must cost about what a search does: the story's
 * {@value #TERMS} best words (tf-idf in the catch-all field, tags and section included; words in more than
 * {@value #MAX_DOC_FREQ_PERCENT}% of a large index's stories tell little and would make the query visit most of it), the
 * best hits found without counting the other matches, and the answer kept per article ({@link RelatedCache}).
 */
public class RelatedService {

    /** Words of the story the query looks for; 25 (Lucene's default) visited most of a 100,000-story index. */
    static final int TERMS = 10;
    static final int MAX_DOC_FREQ_PERCENT = 10;
    /** Fewer telling words than this (a story made of common words only): its common words are used after all. */
    static final int MIN_TERMS = 3;
    /** In a small index every shared word counts, however common. */
    static final int MAX_DOC_FREQ_FLOOR = 1_000;

    private final IndexStore store;
    private final HitDocuments documents;
    private final RelatedCache cache;

    public RelatedService(IndexStore store, HitDocuments documents, SearchProperties.Related settings,
            MeterRegistry registry) {
        this.store = store;
        this.documents = documents;
        this.cache = new RelatedCache(settings, registry);
    }

    public SearchResponse.Related related(String articleId, int size) {
        try {
            return store.withSearcher(searcher -> {
                int doc = liveDoc(searcher, articleId);
                HitDocument story = doc < 0 ? null : documents.load(searcher, new int[]{doc})[0];
                if (story == null || story.title() == null) { // tombstones have no text
                    throw new NotFoundException("No published article with id " + articleId);
                }
                String generation = store.current().name();
                long version = version(searcher, doc);
                RelatedCache.Entry cached = cache.get(articleId, generation, version, size);
                List<SearchResponse.Hit> hits = cached == null ? null : resolve(searcher, cached, size);
                if (hits == null) {
                    RelatedCache.Entry fresh = find(searcher, doc, story, size);
                    cache.put(articleId, generation, version, fresh);
                    hits = resolve(searcher, fresh, size);
                }
                return new SearchResponse.Related(articleId, hits == null ? List.of() : hits);
            });
        } catch (IOException e) {
            throw new IllegalStateException("search index unavailable", e);
        }
    }

    private RelatedCache.Entry find(IndexSearcher searcher, int doc, HitDocument story, int size)
            throws IOException {
        int numDocs = searcher.getIndexReader().numDocs();
        Query like = like(searcher, story,
                Math.max(MAX_DOC_FREQ_FLOOR, (int) ((long) numDocs * MAX_DOC_FREQ_PERCENT / 100)));
        if (like instanceof BooleanQuery words && words.clauses().size() < MIN_TERMS) {
            like = like(searcher, story, Integer.MAX_VALUE); // every word of the story is common: use those
        }
        // A pure disjunction gets Lucene's fastest top-k scorer (MaxScore): no visible filter (tombstones have no
        // text), and the story itself is dropped from one extra hit instead of being excluded by a clause. Counting
        // no more matches than asked for lets it skip from the first hits on (the default counts 1,000).
        ScoreDoc[] top = searcher.search(like,
                new TopScoreDocCollectorManager(size + 1, null, size + 1, false)).scoreDocs;
        ScoreDoc[] others = Arrays.stream(top).filter(hit -> hit.doc != doc).limit(size).toArray(ScoreDoc[]::new);
        HitDocument[] docs = documents.load(searcher, docIds(others));
        List<String> ids = new ArrayList<>();
        float[] scores = new float[others.length];
        for (int i = 0; i < others.length; i++) {
            ids.add(docs[i].id());
            scores[i] = others[i].score;
        }
        return new RelatedCache.Entry(ids, scores, size);
    }

    /** The cached related stories as they are now; null when one of them is no longer published. */
    private List<SearchResponse.Hit> resolve(IndexSearcher searcher, RelatedCache.Entry entry, int size)
            throws IOException {
        int count = Math.min(size, entry.ids().size());
        int[] docIds = new int[count];
        for (int i = 0; i < count; i++) {
            docIds[i] = liveDoc(searcher, entry.ids().get(i));
            if (docIds[i] < 0) {
                return null;
            }
        }
        HitDocument[] docs = documents.load(searcher, docIds);
        List<SearchResponse.Hit> hits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (docs[i].title() == null) {
                return null;
            }
            hits.add(docs[i].toHit(Snippets.plain(docs[i]), entry.scores()[i], null));
        }
        return hits;
    }

    private static Query like(IndexSearcher searcher, HitDocument story, int maxDocFreq) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(ArticleFields.analyzer());
        mlt.setFieldNames(new String[]{ArticleFields.ALL});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq(maxDocFreq);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(TERMS);
        mlt.setBoost(true);
        return mlt.like(ArticleFields.ALL, text(story));
    }

    private static Reader[] text(HitDocument story) {
        StringBuilder text = new StringBuilder(story.title()).append(" . ").append(nullToEmpty(story.summary()));
        story.tags().forEach(tag -> text.append(" . ").append(tag));
        text.append(" . ").append(nullToEmpty(story.categoryName())).append(" . ").append(nullToEmpty(story.body()));
        return new Reader[]{new StringReader(text.toString())};
    }

    /** The live document of an article id (every id has exactly one), or -1. */
    static int liveDoc(IndexSearcher searcher, String articleId) throws IOException {
        BytesRef id = new BytesRef(articleId);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ArticleFields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(id)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return leaf.docBase + doc;
                }
            }
        }
        return -1;
    }

    private static long version(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        NumericDocValues versions = DocValues.getNumeric(leaf.reader(), ArticleFields.VERSION);
        return versions.advanceExact(doc - leaf.docBase) ? versions.longValue() : -1;
    }

    private static int[] docIds(ScoreDoc[] hits) {
        int[] ids = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ids[i] = hits[i].doc;
        }
        return ids;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
