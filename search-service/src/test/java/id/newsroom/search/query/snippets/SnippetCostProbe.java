package id.newsroom.search.query.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.query.hits.HitDocument;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.query.text.PeopleQuery;
import id.newsroom.search.query.text.TextQueries;
import id.newsroom.search.support.ProbeIndex;
import id.newsroom.search.support.TestIndex;

/**
 * {@link Snippets} against Lucene's {@code UnifiedHighlighter} (offsets from the same postings, the same texts, marks
 * and escaping) with our {@link SentenceBreakIterator} and with the JDK's, and the two break iterators alone, on
 * {@code QueryCostProbe}'s 100,000 stories: CPU per page of 10 hits, and how often both pick the same sentence. Not part
 * of the build (its name is not a test's): {@code ./mvnw -pl search-service test -Dtest=SnippetCostProbe
 * -Dtest.jvm.args= -DenableAssertions=false -Dsurefire.failIfNoSpecifiedTests=false [-Dprobe.queries=2000]}.
 */
class SnippetCostProbe {

    @Test
    void probe() throws Exception {
        int count = Integer.getInteger("probe.queries", 2_000);
        List<String> words = new ArrayList<>();
        try (TestIndex index = ProbeIndex.open(count, words)) {
            var analyzer = new SynonymDictionary(null).current().queryAnalyzer();
            HitDocuments documents = new HitDocuments(10_000, new SimpleMeterRegistry());
            index.store.withSearcher(searcher -> {
                List<Query> highlights = new ArrayList<>();
                List<int[]> pages = new ArrayList<>();
                List<HitDocument[]> docs = new ArrayList<>();
                for (String q : words) {
                    TextQueries.Parts parts = TextQueries.build(PeopleQuery.parse(q, 200, 12), analyzer);
                    if (!parts.hasWanted()) {
                        continue;
                    }
                    int[] page = Arrays.stream(searcher.search(parts.query(), 10).scoreDocs).mapToInt(hit -> hit.doc)
                            .toArray();
                    if (page.length > 0) {
                        highlights.add(parts.highlight());
                        pages.add(page);
                        docs.add(documents.load(searcher, page)); // loaded once: every variant reads the same texts
                    }
                }
                UnifiedHighlighter ownBreaks = highlighter(searcher, docs, pages, SentenceBreakIterator::new);
                UnifiedHighlighter jdkBreaks = highlighter(searcher, docs, pages,
                        () -> BreakIterator.getSentenceInstance(Locale.ROOT));
                for (int round = 0; round < 6; round++) { // the first rounds warm up
                    long[] cpu = new long[3];
                    int hits = 0;
                    int same = 0;
                    for (int i = 0; i < pages.size(); i++) {
                        long at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        String[] own = Snippets.marked(searcher, highlights.get(i), pages.get(i), docs.get(i));
                        cpu[0] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                        at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        current = i;
                        String[] lucene = ownBreaks.highlightFields(new String[]{ArticleFields.BODY},
                                highlights.get(i), pages.get(i), new int[]{1}).get(ArticleFields.BODY);
                        cpu[1] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                        at = ProbeIndex.CPU.getCurrentThreadCpuTime();
                        jdkBreaks.highlightFields(new String[]{ArticleFields.BODY}, highlights.get(i), pages.get(i),
                                new int[]{1});
                        cpu[2] += ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
                        for (int k = 0; k < own.length; k++) {
                            hits++;
                            same += lucene[k] != null && plain(lucene[k]).contains(plain(own[k])) ? 1 : 0;
                        }
                    }
                    int n = pages.size();
                    System.out.printf("round %d, %d pages of up to 10 hits, CPU per page: Snippets %.0f us,"
                            + " UnifiedHighlighter %.0f us (with SentenceBreakIterator), %.0f us (JDK sentences);"
                            + " same sentence as Snippets for %.0f%% of %d hits%n", round, n, cpu[0] / 1e3 / n,
                            cpu[1] / 1e3 / n, cpu[2] / 1e3 / n, 100.0 * same / hits, hits);
                }
                breakIterators(docs);
                return null;
            });
        }
    }

    /** The page being highlighted: its texts come from the loaded hits, as Snippets gets them. */
    private static int current;

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, List<HitDocument[]> docs,
            List<int[]> pages, Supplier<BreakIterator> sentences) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, ArticleFields.analyzer())
                .withBreakIterator(sentences).withFieldMatcher(field -> true) // the catch-all's terms, in the body
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                Map<Integer, String> bodies = new HashMap<>();
                for (int k = 0; k < pages.get(current).length; k++) {
                    bodies.put(pages.get(current)[k], docs.get(current)[k].body());
                }
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    String body = bodies.get(doc);
                    values.add(new CharSequence[]{body == null ? "" : body});
                }
                return values;
            }
        };
    }

    /** Sentences of every body shown, by each iterator; the same boundaries on this text or the figures say little. */
    private static void breakIterators(List<HitDocument[]> docs) {
        List<String> bodies = docs.stream().flatMap(Arrays::stream).map(HitDocument::body)
                .filter(body -> body != null).toList();
        for (int round = 0; round < 6; round++) {
            long at = ProbeIndex.CPU.getCurrentThreadCpuTime();
            long own = sentences(new SentenceBreakIterator(), bodies);
            long ownCpu = ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
            at = ProbeIndex.CPU.getCurrentThreadCpuTime();
            long jdk = sentences(BreakIterator.getSentenceInstance(Locale.ROOT), bodies);
            long jdkCpu = ProbeIndex.CPU.getCurrentThreadCpuTime() - at;
            System.out.printf("break iterators, round %d, %d bodies: SentenceBreakIterator %.1f us per body (%d"
                    + " sentences), JDK %.1f us per body (%d sentences)%n", round, bodies.size(),
                    ownCpu / 1e3 / bodies.size(), own, jdkCpu / 1e3 / bodies.size(), jdk);
            assertThat(own).as("sentences found").isPositive();
        }
    }

    private static long sentences(BreakIterator breaks, List<String> bodies) {
        long count = 0;
        for (String body : bodies) {
            breaks.setText(body);
            for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
                count++;
            }
        }
        return count;
    }

    private static String plain(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "").replace("… ", "").replace(" …", "").strip();
    }
}
