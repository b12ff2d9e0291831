package id.newsroom.search.query.ranking;

import java.io.IOException;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores the matches of {@link DenseConjunctionQuery} in one segment: per unit, the BM25 scorer Lucene's term or
 * synonym query would use, fed the frequency from the unpacked postings (a synonym group's summed) and the story's
 * norm, read once for all units. It cannot skip, so it ignores the minimum competitive score.
 */
final class DenseWordsScorer extends Scorer {

    private final DocIdSetIterator matches;
    private final Similarity.SimScorer[] scorers;
    private final DenseWords.Postings[][] postings;
    private final NumericDocValues norms;

    /** {@code postings[i]}: the words of unit {@code i} that this segment holds, scored by {@code scorers[i]}. */
    DenseWordsScorer(Weight weight, DocIdSetIterator matches, Similarity.SimScorer[] scorers,
            DenseWords.Postings[][] postings, NumericDocValues norms) {
        super(weight);
        this.matches = matches;
        this.scorers = scorers;
        this.postings = postings;
        this.norms = norms;
    }

    @Override
    public DocIdSetIterator iterator() {
        return matches;
    }

    @Override
    public int docID() {
        return matches.docID();
    }

    @Override
    public float score() throws IOException {
        int doc = matches.docID();
        long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
        double score = 0; // summed as Lucene's conjunction sums its clauses
        for (int i = 0; i < postings.length; i++) {
            int frequency = 0;
            for (DenseWords.Postings word : postings[i]) {
                frequency += word.frequencies()[doc] & 0xFF;
            }
            score += scorers[i].score(frequency, norm);
        }
        return (float) score;
    }

    @Override
    public float getMaxScore(int upTo) {
        double max = 0;
        for (Similarity.SimScorer scorer : scorers) {
            max += scorer.score(Float.MAX_VALUE, 1L); // BM25 approaches its weight as the frequency grows
        }
        return Math.nextUp((float) max);
    }
}
