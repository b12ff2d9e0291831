package id.newsroom.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Indonesian chain for article text: reduplication folded to its base, standard tokens, lower case, Lucene's
 * Indonesian stop words and stemmer. The query-time variant adds the synonym dictionary before the stemmer, so that
 * editing the dictionary never needs a reindex.
 */
public final class IndonesianTextAnalyzer extends Analyzer {

    /**
     * "anak-anak" -> "anak", "berlari-lari" -> "berlari", "anak-anaknya" -> "anaknya": a word followed by a hyphen and
     * its own (prefix-less) base. Real compounds ("sayur-mayur") stay as two words.
     */
    static final Pattern REDUPLICATION = Pattern.compile("(?<!\\p{L})(\\p{L}*?)(\\p{L}{2,})-\\2(\\p{L}*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public static final CharArraySet STOP_WORDS = IndonesianAnalyzer.getDefaultStopSet();

    private final SynonymMap synonyms; // null at index time

    private IndonesianTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    public static IndonesianTextAnalyzer forIndexing() {
        return new IndonesianTextAnalyzer(null);
    }

    public static IndonesianTextAnalyzer forQueries(SynonymMap synonyms) {
        return new IndonesianTextAnalyzer(synonyms == null || synonyms.fst == null ? null : synonyms);
    }

    static Reader foldReduplication(Reader reader) {
        // Most text has no hyphen at all: skip the regular expression (and its offset bookkeeping) then.
        String text;
        try {
            StringBuilder buffer = new StringBuilder();
            char[] chunk = new char[4096];
            for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
                buffer.append(chunk, 0, n);
            }
            text = buffer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.indexOf('-') < 0
                ? new StringReader(text)
                : new PatternReplaceCharFilter(REDUPLICATION, "$1$2$3", new StringReader(text));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return foldReduplication(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ClosedStopGaps(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new IndonesianStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /**
     * A dropped stop word leaves no gap: "usaha mikro, kecil, dan menengah" is the phrase "usaha mikro kecil
     * menengah" in the index as in the dictionary, so multi-word synonyms match across "dan", "di", "dari".
     */
    private static final class ClosedStopGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosedStopGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }

    /** Phrases never run from one part of an article (title, summary, body) into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
