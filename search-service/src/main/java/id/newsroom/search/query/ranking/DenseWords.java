package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * bit sets and a match is scored from arrays. Kept per segment within a budget of bytes, least recently used out
 * first; a merged-away segment's words age out unused. Lucene's own query cache keeps filters so, never single words.
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
    private final LinkedHashMap<Key, Postings> kept;
    private long usedBytes;

    DenseWords(long budgetBytes) {
        this(budgetBytes, SMALLEST_SEGMENT);
    }

    DenseWords(long budgetBytes, int smallestSegment) {
        this.budgetBytes = budgetBytes;
        this.smallestSegment = smallestSegment;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Postings> eldest) {
                if (usedBytes > DenseWords.this.budgetBytes) {
                    usedBytes -= eldest.getValue().bytes();
                    return true;
                }
                return false;
            }
        };
    }

    /** Whether this segment is searched through unpacked postings at all. */
    boolean covers(LeafReader segment) {
        return budgetBytes > 0 && segment.maxDoc() >= smallestSegment && segment.getCoreCacheHelper() != null;
    }

    /**
     * The word's unpacked postings in a segment {@link #covers covered}: null when no story of it holds the word,
     * {@link #TOO_FREQUENT} when bytes cannot count it.
     */
    Postings in(LeafReader segment, Term term) throws IOException {
        Key key = new Key(segment.getCoreCacheHelper().getKey(), term);
        synchronized (this) {
            Postings postings = kept.get(key);
            if (postings != null) {
                return postings;
            }
        }
        Postings read = read(segment, term); // outside the lock: two searches may both read a new word, once
        if (read != null) {
            synchronized (this) {
                if (!kept.containsKey(key)) {
                    usedBytes += read.bytes(); // before the put, whose eviction check reads it
                    kept.put(key, read);
                }
            }
        }
        return read;
    }

    synchronized long keptBytes() {
        return usedBytes;
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
