package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexGeneration;

/**
 * Snippets for one page of hits: the body passage with the matched words marked, else the summary's, HTML-escaped
 * around the marks. Works from the stored fields already loaded for the hits, so each hit is decompressed once.
 */
final class Snippets {

    static final int CHARS = 220;

    private Snippets() {
    }

    /** The summary, shortened and escaped: for listings without words to mark. */
    static String plain(HitDocument doc) {
        String summary = doc.summary();
        return Html.escape(Html.shorten(summary == null ? "" : summary, CHARS));
    }

    static String[] marked(IndexSearcher searcher, Query highlight, int[] docIds, HitDocument[] docs) throws IOException {
        Map<Integer, HitDocument> loaded = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            loaded.put(docIds[i], docs[i]);
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, IndexGeneration.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withScorer(new LeanPassageScorer())
                .withMaxLength(HitDocument.MAX_BODY_CHARS)
                // The query speaks of the catch-all field; mark its terms in any field. Term offsets straight from
                // the postings, without building a query weight per document.
                .withFieldMatcher(field -> true)
                .withWeightMatches(false)
                .withBreakIterator(SentenceBreakIterator::new);
        UnifiedHighlighter highlighter = new LoadedValuesHighlighter(builder, loaded);
        String[] body = highlighter.highlightFields(new String[] {ArticleFields.BODY}, highlight, docIds,
                new int[] {1}).get(ArticleFields.BODY);
        // The summary only for stories whose body does not show the match.
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            if (body == null || body[i] == null || !body[i].contains("<mark>")) {
                missing.add(i);
            }
        }
        String[] summary = new String[docIds.length];
        if (!missing.isEmpty()) {
            int[] missingIds = missing.stream().mapToInt(i -> docIds[i]).toArray();
            String[] found = highlighter.highlightFields(new String[] {ArticleFields.SUMMARY}, highlight,
                    missingIds, new int[] {1}).get(ArticleFields.SUMMARY);
            for (int m = 0; m < missing.size(); m++) {
                summary[missing.get(m)] = found == null ? null : found[m];
            }
        }
        String[] result = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            String b = body == null ? null : body[i];
            String s = summary[i];
            if (b != null && b.contains("<mark>")) {
                result[i] = Html.shortenMarked(b, CHARS);
            } else if (s != null && !s.isBlank()) {
                result[i] = Html.shortenMarked(s, CHARS);
            } else {
                result[i] = b == null ? "" : Html.shortenMarked(b, CHARS);
            }
        }
        return result;
    }

    /** Reads field values from the documents loaded with the hits instead of the stored fields again. */
    private static final class LoadedValuesHighlighter extends UnifiedHighlighter {

        private final Map<Integer, HitDocument> loaded;

        LoadedValuesHighlighter(Builder builder, Map<Integer, HitDocument> loaded) {
            super(builder);
            this.loaded = loaded;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                HitDocument document = loaded.get(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = document == null ? null : document.text(fields[f]);
                }
                values.add(byField);
            }
            return values;
        }
    }

    /**
     * Lucene's passage scoring without its per-passage hash table (32 KB allocated for every sentence considered):
     * a passage holds a handful of matches, so a linear search finds the distinct terms.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            double score = 0;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    if (terms[j].bytesEquals(terms[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength())
                        * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
