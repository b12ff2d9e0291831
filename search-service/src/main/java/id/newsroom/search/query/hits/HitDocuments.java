package id.newsroom.search.query.hits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
 * lives and needs no invalidation; entries of merged-away segments age out. Bounded by
 * {@code search.query.document-cache-size} (0: off); metrics {@code cache_*{cache="search_hit_documents"}} and, as
 * the operators' dashboard knows it, {@code news_search_document_cache_lookups_total{result}}.
 */
public final class HitDocuments {

    private static final Set<String> FIELDS = Set.of(ArticleFields.ID, ArticleFields.SLUG, ArticleFields.TITLE,
            ArticleFields.SUMMARY, ArticleFields.BODY, ArticleFields.CATEGORY, ArticleFields.CATEGORY_NAME,
            ArticleFields.AUTHOR, ArticleFields.AUTHOR_NAME, ArticleFields.TAGS_STORED, ArticleFields.PUBLISHED_AT);

    private record Key(IndexReader.CacheKey segment, int doc) {}

    private final Cache<Key, HitDocument> recent;

    public HitDocuments(int capacity, MeterRegistry registry) {
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, recent, "search_hit_documents");
        lookups(registry, "hit", stats -> stats.hitCount());
        lookups(registry, "miss", stats -> stats.missCount());
    }

    /** The hits' documents, in the order asked; those not cached are read with one stored-fields reader. */
    public HitDocument[] load(IndexSearcher searcher, int[] docIds) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Key, Integer> keys = new LinkedHashMap<>(); // -> the document number in the searcher
        Key[] asked = new Key[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            if (core == null) {
                return read(searcher, docIds); // a reader that cannot be keyed (none of the index's): uncached
            }
            asked[i] = new Key(core.getKey(), docIds[i] - leaf.docBase);
            keys.put(asked[i], docIds[i]);
        }
        Map<Key, HitDocument> found;
        try {
            found = recent.getAll(keys.keySet(), missing -> {
                List<Key> wanted = List.copyOf(missing);
                HitDocument[] read = read(searcher, wanted.stream().mapToInt(keys::get).toArray());
                Map<Key, HitDocument> loaded = new HashMap<>();
                for (int i = 0; i < read.length; i++) {
                    loaded.put(wanted.get(i), read[i]);
                }
                return loaded;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        HitDocument[] docs = new HitDocument[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            docs[i] = found.get(asked[i]);
        }
        return docs;
    }

    private static HitDocument[] read(IndexSearcher searcher, int[] docIds) {
        try {
            StoredFields stored = searcher.storedFields();
            HitDocument[] docs = new HitDocument[docIds.length];
            for (int i = 0; i < docIds.length; i++) {
                docs[i] = HitDocument.of(stored.document(docIds[i], FIELDS));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lookups(MeterRegistry registry, String result, ToDoubleFunction<CacheStats> count) {
        FunctionCounter
                .builder("news.search.document.cache.lookups", recent, cache -> count.applyAsDouble(cache.stats()))
                .tag("result", result)
                .description("Hits shown, by whether their stored fields came from the cache; misses read the index")
                .register(registry);
    }
}
