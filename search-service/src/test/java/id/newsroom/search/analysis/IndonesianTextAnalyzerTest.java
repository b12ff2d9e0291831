package id.newsroom.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class IndonesianTextAnalyzerTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void stemsAndDropsStopWords() throws IOException {
        assertThat(tokens(IndonesianTextAnalyzer.forIndexing(), "Pemkot Beri Pelatihan kepada Pelaku Usaha di Tangsel"))
                .containsExactly("pemkot", "beri", "latih", "pela", "usaha", "tangsel");
        assertThat(tokens(IndonesianTextAnalyzer.forIndexing(), "melatih dilatih pelatihan"))
                .containsExactly("latih", "latih", "latih");
    }

    @Test
    void reduplicationFoldsToItsBase() throws IOException {
        Analyzer analyzer = IndonesianTextAnalyzer.forIndexing();
        assertThat(tokens(analyzer, "Anak-anak bermain")).containsExactly("anak", "main");
        assertThat(tokens(analyzer, "anak-anaknya")).containsExactly("anak");
        assertThat(tokens(analyzer, "berlari-lari")).containsExactly("lari");
        assertThat(tokens(analyzer, "sayur-mayur")).containsExactly("sayur", "mayur");
        assertThat(tokens(analyzer, "Siswa-siswi")).containsExactly("siswa", "siswi");
    }

    @Test
    void queryChainExpandsAcronyms() throws IOException {
        Analyzer query = new SynonymDictionary(null).queryAnalyzer();
        // the stemmer makes "selatan" "selat", on both sides
        assertThat(tokens(query, "tangsel")).contains("tangsel", "tangerang", "selat");
        assertThat(tokens(query, "UMKM")).contains("umkm", "usaha", "mikro");
        assertThat(tokens(query, "kebun")).containsExactly("kebun");
    }
}
