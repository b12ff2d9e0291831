package id.newsroom.desk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.newsroom.desk.review.WordDiff.Kind;
import id.newsroom.desk.review.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksRemovedWordsLeftAndAddedWordsRight() {
        WordDiff.Sides sides = WordDiff.of("Wali kota membuka festival kuliner",
                "Wali kota resmi membuka pasar kuliner");
        assertThat(sides.left()).containsExactly(new Part("Wali kota membuka", Kind.SAME),
                new Part("festival", Kind.REMOVED), new Part("kuliner", Kind.SAME));
        assertThat(sides.right()).containsExactly(new Part("Wali kota", Kind.SAME), new Part("resmi", Kind.ADDED),
                new Part("membuka", Kind.SAME), new Part("pasar", Kind.ADDED), new Part("kuliner", Kind.SAME));
    }

    @Test
    void identicalTextsAreOnePartEachAndEmptySidesAreEmpty() {
        assertThat(WordDiff.of("sama saja", "sama saja").right()).containsExactly(new Part("sama saja", Kind.SAME));
        assertThat(WordDiff.of("", "baru").left()).isEmpty();
        assertThat(WordDiff.of("", "baru").right()).containsExactly(new Part("baru", Kind.ADDED));
    }

    @Test
    void bodiesAreComparedAsTheirText() {
        assertThat(WordDiff.text("<h2>Judul</h2><p>Isi <strong>tebal</strong></p>")).isEqualTo("Judul Isi tebal");
        assertThat(WordDiff.text(null)).isEmpty();
    }

    @Test
    void hugeTextsAreShownAsReplacedInsteadOfAQuadraticTable() {
        String huge = "kata ".repeat(WordDiff.MAX_WORDS + 1);
        assertThat(WordDiff.of(huge, "x").left()).extracting(Part::kind).isEqualTo(List.of(Kind.REMOVED));
    }
}
