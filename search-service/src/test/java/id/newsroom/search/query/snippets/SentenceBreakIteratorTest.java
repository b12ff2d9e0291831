package id.newsroom.search.query.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {

    static final String NEWS = "Banjir merendam Ciledug sejak Senin pagi. Warga mengungsi ke masjid! Apakah bantuan "
            + "sudah datang? Petugas BPBD tiba siang hari.";

    @Test
    void findsTheSameSentencesAsTheJdkOnNewsText() {
        assertThat(forward(new SentenceBreakIterator(), NEWS))
                .isEqualTo(forward(BreakIterator.getSentenceInstance(Locale.ROOT), NEWS));
    }

    @Test
    void keepsTimesAndAmountsWhole() {
        String text = "Rapat dimulai pukul 10.00 WIB dengan anggaran Rp1.500 juta. Selesai.";
        assertThat(forward(new SentenceBreakIterator(), text)).containsExactly(0, text.indexOf("Selesai"),
                text.length());
    }

    @Test
    void movesAroundOffsetsAsTheHighlighterDoes() {
        BreakIterator breaks = new SentenceBreakIterator();
        breaks.setText(NEWS);
        int second = NEWS.indexOf("Warga");
        assertThat(breaks.following(second)).isEqualTo(NEWS.indexOf("Apakah"));
        assertThat(breaks.preceding(second + 3)).isEqualTo(second);
        assertThat(breaks.preceding(second)).isZero();
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(NEWS.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(NEWS.length());
        assertThat(breaks.previous()).isEqualTo(NEWS.indexOf("Petugas"));
    }

    @Test
    void emptyTextHasOneBoundary() {
        BreakIterator breaks = new SentenceBreakIterator();
        breaks.setText("");
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }

    private static List<Integer> forward(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            bounds.add(b);
        }
        return bounds;
    }
}
