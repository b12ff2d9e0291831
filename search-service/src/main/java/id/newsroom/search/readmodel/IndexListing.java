package id.newsroom.search.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.search.indexing.ArticleFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Lists (id, version, visible) of the index in id order without loading a stored document: ids come from the sorted
 * terms of the id field, the version from its doc values, visibility from the postings of {@code visible:1}.
 */
public final class IndexListing {

    public record Item(String id, long version, boolean published) {}

    private IndexListing() {}

    /** Up to {@code limit} articles whose id sorts after {@code after} (null: from the start). */
    public static List<Item> page(IndexSearcher searcher, String after, int limit) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms ids = MultiTerms.getTerms(reader, ArticleFields.ID);
        List<Item> items = new ArrayList<>(limit);
        if (ids == null) {
            return items;
        }
        Bits live = MultiBits.getLiveDocs(reader);
        TermsEnum terms = ids.iterator();
        BytesRef term;
        if (after == null || after.isEmpty()) {
            term = terms.next();
        } else {
            TermsEnum.SeekStatus status = terms.seekCeil(new BytesRef(after));
            term = status == TermsEnum.SeekStatus.END
                    ? null
                    : status == TermsEnum.SeekStatus.FOUND ? terms.next() : terms.term();
        }
        List<String> pageIds = new ArrayList<>(limit);
        List<Integer> docs = new ArrayList<>(limit);
        PostingsEnum postings = null;
        for (; term != null && pageIds.size() < limit; term = terms.next()) {
            postings = terms.postings(postings, PostingsEnum.NONE);
            int liveDoc = -1;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    liveDoc = doc; // one live document per article id (updateDocument deletes the old one)
                }
            }
            if (liveDoc >= 0) {
                pageIds.add(term.utf8ToString());
                docs.add(liveDoc);
            }
        }
        long[] versions = versions(reader, docs);
        boolean[] visible = visible(reader, docs);
        for (int i = 0; i < pageIds.size(); i++) {
            items.add(new Item(pageIds.get(i), versions[i], visible[i]));
        }
        return items;
    }

    // Doc values iterate forwards only: read them in document order, then put them back in id order.
    private static long[] versions(IndexReader reader, List<Integer> docs) throws IOException {
        long[] out = new long[docs.size()];
        Integer[] order = byDoc(docs);
        NumericDocValues values = null;
        int lastDoc = Integer.MAX_VALUE;
        for (Integer i : order) {
            int doc = docs.get(i);
            if (values == null || doc < lastDoc) {
                values = MultiDocValues.getNumericValues(reader, ArticleFields.VERSION);
            }
            lastDoc = doc;
            out[i] = values != null && values.advanceExact(doc) ? values.longValue() : 0;
        }
        return out;
    }

    private static boolean[] visible(IndexReader reader, List<Integer> docs) throws IOException {
        boolean[] out = new boolean[docs.size()];
        PostingsEnum visible = MultiTerms.getTermPostingsEnum(reader, ArticleFields.VISIBLE,
                new BytesRef(ArticleFields.VISIBLE_TERM.text()), PostingsEnum.NONE);
        if (visible == null) {
            return out;
        }
        for (Integer i : byDoc(docs)) {
            int doc = docs.get(i);
            int at = visible.docID() >= doc ? visible.docID() : visible.advance(doc);
            out[i] = at == doc;
        }
        return out;
    }

    private static Integer[] byDoc(List<Integer> docs) {
        Integer[] order = new Integer[docs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(docs::get));
        return order;
    }
}
