package id.newsroom.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import id.newsroom.search.indexing.ArticleFields;

/**
 * Whether a query matches any of a few changed stories in a searcher, at the cost of those stories rather than of the
 * index: {@link ResultCache}'s revalidation check.
 *
 * <p>Why not a count over a {@code TermInSetQuery} of their ids (the first way, 2026-12): every check looked each id
 * up in every segment and the query's terms in every segment holding one, on two searchers, ~240 us per kept answer,
 * more than the answer itself costs to serve over HTTP; under 20 writes/s nearly every cached search is checked, so
 * search under writes made 0.33x its figure without writes. Here each changed story is found once per reader (its
 * documents kept by reader and id), and the query is asked only in the segments that hold one, advanced straight to
 * those documents: 34 us against 117 us per kept answer in process (CacheUnderWritesProbe -Dprobe.merge=false, 20,000
 * stories). Over HTTP at 100,000 articles (./bench.sh 100000, 2026-12-08) search under writes stayed 0.30x its
 * no-write figure (2,250 / 7,434 req/s): about a third of the checks end in a recompute, a new story matching the
 * query, and those recomputes, not the check, are what is left.
 */
final class ChangedStories {

    /** The live documents of one id in one reader (top-level doc ids, ascending). */
    private record Located(IndexReader.CacheKey reader, String id) {}

    private static final int[] NONE = new int[0];

    private final Cache<Located, int[]> documents = Caffeine.newBuilder().maximumSize(65_536).build();

    /** True when {@code query} matches the live document of any of {@code ids} in {@code searcher}. */
    boolean anyMatches(IndexSearcher searcher, Set<String> ids, Query query) throws IOException {
        int[] docs = documentsOf(searcher, ids);
        if (docs.length == 0) {
            return false;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null && matchesAny(scorer, docs, i, end, leaf.docBase)) {
                return true;
            }
            while (i < docs.length && docs[i] < end) {
                i++;
            }
        }
        return false;
    }

    /** Whether the scorer matches any of {@code docs[from..]} below {@code end} (ascending, top-level ids). */
    private static boolean matchesAny(Scorer scorer, int[] docs, int from, int end, int docBase) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int i = from; i < docs.length && docs[i] < end; i++) {
            int target = docs[i] - docBase;
            int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                return false;
            }
            if (at == target && (twoPhase == null || twoPhase.matches())) {
                return true;
            }
        }
        return false;
    }

    private int[] documentsOf(IndexSearcher searcher, Set<String> ids) {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        int[] all = NONE;
        for (String id : ids) {
            int[] found = helper == null
                    ? locate(reader, id)
                    : documents.get(new Located(helper.getKey(), id), located -> locate(reader, id));
            if (found.length > 0) {
                int at = all.length;
                all = Arrays.copyOf(all, at + found.length);
                System.arraycopy(found, 0, all, at, found.length);
            }
        }
        Arrays.sort(all);
        return all;
    }

    private static int[] locate(IndexReader reader, String id) {
        BytesRef term = new BytesRef(id);
        int[] found = NONE;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(ArticleFields.ID);
                TermsEnum termsEnum = terms == null ? null : terms.iterator();
                if (termsEnum == null || !termsEnum.seekExact(term)) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found = Arrays.copyOf(found, found.length + 1);
                        found[found.length - 1] = leaf.docBase + doc;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
