package id.newsroom.search.query.snippets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.query.hits.HitDocument;

/**
 * Snippets for one page of hits: the body sentence with the most of the query's words, marked, else the summary's;
 * HTML-escaped around the marks. Match offsets come from the postings (indexed with offsets), read once per segment
 * and term for the whole page in document order: the Unified Highlighter opened a postings list per hit and term,
 * which cost more than finding the hits. Phrases are marked word by word.
 *
 * <p>Why not Lucene's {@code UnifiedHighlighter} (offsets from the same postings, the same texts, marks and escaping):
 * {@code SnippetCostProbe}, 1,000 pages of 10 hits over {@code QueryCostProbe}'s 100,000 news stories, CPU per page
 * after warm-up, 2026-12-07, load average 11: 110-132 us here against 276-313 us with the Unified Highlighter (given
 * {@link SentenceBreakIterator}) and 313-362 us with its default JDK sentences, i.e. 0.15-0.2 ms of a ~1.2 ms search.
 * It also ranks passages by BM25 rather than by the most distinct query words: it picked the same sentence for 78% of
 * the hits.
 */
public final class Snippets {

    static final int CHARS = 220;

    private Snippets() {}

    /** The summary, shortened and escaped: for listings without words to mark. */
    public static String plain(HitDocument doc) {
        String summary = doc.summary();
        return Html.escape(Html.shorten(summary == null ? "" : summary, CHARS));
    }

    public static String[] marked(IndexSearcher searcher, Query highlight, int[] docIds, HitDocument[] docs)
            throws IOException {
        List<BytesRef> terms = termsOf(highlight);
        Matches[] body = matches(searcher, ArticleFields.BODY, terms, docIds);
        Matches[] summary = null;
        String[] result = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            String bodyText = docs[i].body() == null ? "" : docs[i].body();
            if (!body[i].isEmpty()) {
                result[i] = Html.shortenMarked(body[i].bestSentence(bodyText), CHARS);
                continue;
            }
            summary = summary == null ? matches(searcher, ArticleFields.SUMMARY, terms, docIds) : summary;
            String summaryText = docs[i].summary() == null ? "" : docs[i].summary();
            if (!summary[i].isEmpty()) {
                result[i] = Html.shortenMarked(summary[i].bestSentence(summaryText), CHARS);
            } else {
                String text = summaryText.isBlank() ? bodyText : summaryText;
                result[i] = Html.escape(Html.shorten(text, CHARS));
            }
        }
        return result;
    }

    /** The distinct terms the query looks for, whatever field it names (the catch-all field's terms). */
    private static List<BytesRef> termsOf(Query query) {
        Set<BytesRef> terms = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    terms.add(BytesRef.deepCopyOf(term.bytes()));
                }
            }
        });
        return new ArrayList<>(terms);
    }

    /** Offsets of every term in {@code field} of each hit, one postings walk per segment and term. */
    private static Matches[] matches(IndexSearcher searcher, String field, List<BytesRef> terms, int[] docIds)
            throws IOException {
        Matches[] result = new Matches[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            result[i] = new Matches();
        }
        Integer[] order = new Integer[docIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int start = 0;
        while (start < order.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[order[start]], leaves));
            int end = start;
            while (end < order.length && docIds[order[end]] < leaf.docBase + leaf.reader().maxDoc()) {
                end++;
            }
            Terms fieldTerms = leaf.reader().terms(field);
            if (fieldTerms != null) {
                TermsEnum termsEnum = fieldTerms.iterator();
                for (int t = 0; t < terms.size(); t++) {
                    if (!termsEnum.seekExact(terms.get(t))) {
                        continue;
                    }
                    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.OFFSETS);
                    for (int k = start; k < end; k++) {
                        int hit = order[k];
                        int doc = docIds[hit] - leaf.docBase;
                        if (postings.docID() < doc && postings.advance(doc) == PostingsEnum.NO_MORE_DOCS) {
                            break;
                        }
                        if (postings.docID() == doc) {
                            for (int n = postings.freq(); n > 0; n--) {
                                postings.nextPosition();
                                result[hit].add(postings.startOffset(), postings.endOffset(), t);
                            }
                        }
                    }
                }
            }
            start = end;
        }
        return result;
    }

    /** Where one field of one hit matched: start, end and term index of each match. */
    static final class Matches {

        private int[] data = new int[24];
        private int size;

        void add(int startOffset, int endOffset, int term) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = startOffset;
            data[size++] = endOffset;
            data[size++] = term;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The sentence with the most distinct matched terms (then the most matches, then the first), marked. */
        String bestSentence(String text) {
            int count = size / 3;
            int[][] matches = new int[count][];
            for (int m = 0; m < count; m++) {
                matches[m] = new int[]{data[3 * m], data[3 * m + 1], data[3 * m + 2]};
            }
            Arrays.sort(matches, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            SentenceBreakIterator sentences = new SentenceBreakIterator();
            sentences.setText(text);
            int bestStart = 0;
            int bestEnd = text.length();
            long bestScore = -1;
            int m = 0;
            for (int from = sentences.first(),
                    to = sentences.next(); to != SentenceBreakIterator.DONE; from = to, to = sentences.next()) {
                long distinct = 0;
                int total = 0;
                for (; m < count && matches[m][0] < to; m++) {
                    if (matches[m][1] <= text.length()) {
                        distinct |= 1L << (matches[m][2] & 63);
                        total++;
                    }
                }
                long score = Long.bitCount(distinct) * 10_000L + total;
                if (total > 0 && score > bestScore) {
                    bestScore = score;
                    bestStart = from;
                    bestEnd = to;
                }
            }
            return mark(text, bestStart, bestEnd, matches);
        }

        private static String mark(String text, int from, int to, int[][] matches) {
            StringBuilder out = new StringBuilder(to - from + 32);
            int at = from;
            for (int[] match : matches) {
                if (match[0] < at || match[1] > to) {
                    continue; // outside the sentence, or overlapping a match already marked
                }
                out.append(Html.escape(text.substring(at, match[0]))).append("<mark>")
                        .append(Html.escape(text.substring(match[0], match[1]))).append("</mark>");
                at = match[1];
            }
            return out.append(Html.escape(text.substring(at, to))).toString();
        }
    }
}
