package id.newsroom.search.query.hits;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Loads the stored fields of hits, keeping recently shown ones (as Solr's document cache does). Decompressing a hit's
 * stored block costs more than finding it, and news searches keep showing the same recent stories. Entries are keyed
 * by segment and document number: a written segment never changes, so an entry stays right for as long as its segment
 * lives and needs no invalidation; entries of merged-away segments age out.
 */
public final class HitDocuments {

    private static final Set<String> FIELDS = Set.of(ArticleFields.ID, ArticleFields.SLUG, ArticleFields.TITLE,
            ArticleFields.SUMMARY, ArticleFields.BODY, ArticleFields.CATEGORY, ArticleFields.CATEGORY_NAME,
            ArticleFields.AUTHOR, ArticleFields.AUTHOR_NAME, ArticleFields.TAGS_STORED, ArticleFields.PUBLISHED_AT);

    private record Key(IndexReader.CacheKey segment, int doc) {}

    private final int capacity;
    private final LinkedHashMap<Key, HitDocument> recent;
    private final Counter hits;
    private final Counter misses;

    public HitDocuments(int capacity, MeterRegistry registry) {
        this.capacity = capacity;
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, HitDocument> eldest) {
                return size() > HitDocuments.this.capacity;
            }
        };
    }

    public HitDocument[] load(IndexSearcher searcher, int[] docIds) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        HitDocument[] docs = new HitDocument[docIds.length];
        StoredFields stored = null;
        for (int i = 0; i < docIds.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            Key key = core == null || capacity <= 0 ? null : new Key(core.getKey(), docIds[i] - leaf.docBase);
            docs[i] = key == null ? null : cached(key);
            (docs[i] == null ? misses : hits).increment();
            if (docs[i] == null) {
                stored = stored == null ? searcher.storedFields() : stored;
                docs[i] = HitDocument.of(stored.document(docIds[i], FIELDS));
                if (key != null) {
                    remember(key, docs[i]);
                }
            }
        }
        return docs;
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("news.search.document.cache.lookups").tag("result", result)
                .description("Hits shown, by whether their stored fields came from the cache; misses read the index")
                .register(registry);
    }

    private synchronized HitDocument cached(Key key) {
        return recent.get(key);
    }

    private synchronized void remember(Key key, HitDocument doc) {
        recent.put(key, doc);
    }
}
