package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The postings of words that a large share of a segment's stories hold, unpacked: which stories hold the word (one bit
 * each) and how often (one byte each). Such words are what makes a search slow (every match must be scored, and
 * block-max WAND cannot skip where every block holds a strong match); unpacked, a conjunction of them is an AND of
 * bit sets and a match is scored from arrays. Kept per segment within a budget of bytes (a Caffeine cache weighed in
 * bytes: the words searched least often and least recently go first); a merged-away segment's words age out unused.
 * Lucene's own query cache keeps filters so, never single words. Metrics {@code cache_*{cache="search_dense_words"}}
 * and {@code news_search_dense_words_memory_bytes}.
 */
final class DenseWords {

    /** A word is dense in a segment when at least one story in this many holds it. */
    static final int DENSITY = 16;
    /**
     * Segments below this many stories (the news of the last minutes) are searched as usual: they come and go with
     * every refresh, and their words are cheap to search anyway.
     */
    static final int SMALLEST_SEGMENT = 16_384;

    /** The stories of one segment holding a word, and how often each holds it. */
    record Postings(FixedBitSet stories, byte[] frequencies) {

        long bytes() {
            return stories.getBits().length * (long) Long.BYTES + frequencies.length;
        }
    }

    /** Marks a word that some story holds more than 255 times: it cannot be unpacked to bytes. */
    static final Postings TOO_FREQUENT = new Postings(new FixedBitSet(0), new byte[0]);

    private record Key(IndexReader.CacheKey segment, Term term) {}

    private final long budgetBytes;
    private final int smallestSegment;
    private final Cache<Key, Postings> kept;

    DenseWords(long budgetBytes, MeterRegistry registry) {
        this(budgetBytes, SMALLEST_SEGMENT);
        bindTo(registry);
    }

    DenseWords(long budgetBytes, int smallestSegment) {
        this.budgetBytes = budgetBytes;
        this.smallestSegment = smallestSegment;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, budgetBytes))
                .weigher((Key key, Postings postings) -> (int) Math.min(Integer.MAX_VALUE, postings.bytes()))
                .executor(Runnable::run) // evict on the searching thread: the budget holds after every put
                .recordStats()
                .build();
    }

    private void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, kept, "search_dense_words");
        Gauge.builder("news.search.dense.words.memory", this, DenseWords::keptBytes).baseUnit("bytes")
                .description("Heap held by unpacked postings of dense words (search.query.dense-word-memory)")
                .register(registry);
    }

    /** Whether this segment is searched through unpacked postings at all. */
    boolean covers(LeafReader segment) {
        return budgetBytes > 0 && segment.maxDoc() >= smallestSegment && segment.getCoreCacheHelper() != null;
    }

    /**
     * The word's unpacked postings in a segment {@link #covers covered}: null when no story of it holds the word,
     * {@link #TOO_FREQUENT} when bytes cannot count it. A word asked for by several searches at once is read once.
     */
    Postings in(LeafReader segment, Term term) throws IOException {
        try {
            return kept.get(new Key(segment.getCoreCacheHelper().getKey(), term), key -> {
                try {
                    return read(segment, term);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    long keptBytes() {
        return kept.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    private static Postings read(LeafReader segment, Term term) throws IOException {
        Terms terms = segment.terms(term.field());
        TermsEnum words = terms == null ? null : terms.iterator();
        if (words == null || !words.seekExact(term.bytes())) {
            return null;
        }
        FixedBitSet stories = new FixedBitSet(segment.maxDoc());
        byte[] frequencies = new byte[segment.maxDoc()];
        PostingsEnum postings = words.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            int frequency = postings.freq();
            if (frequency > 255) {
                return TOO_FREQUENT;
            }
            stories.set(doc);
            frequencies[doc] = (byte) frequency;
        }
        return new Postings(stories, frequencies);
    }
}
