package id.newsroom.search.query.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;

/** Which passage a hit shows, and how its words are marked. */
class SnippetsTest {

    @TempDir
    Path dir;

    TestIndex index;

    @BeforeEach
    void open() {
        index = new TestIndex(dir);
        index.add(new Article("Cuaca Ekstrem Melanda Tangerang").summary("Hujan deras sejak pagi.")
                .body("<p>Hujan turun sejak subuh di banyak wilayah. Banjir setinggi lutut menggenangi jalan. "
                        + "Di Ciledug, banjir merendam ratusan rumah warga dan petugas melatih relawan. "
                        + "Aktivitas pasar berjalan normal.</p>")
                .published());
        index.add(new Article("Festival Kuliner Pamulang Ramai").summary("Pengunjung memadati festival kuliner.")
                .body("<p>Tenda makanan berjajar di lapangan.</p>").published());
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void showsTheSentenceWithTheMostQueryWordsAndMarksInflectedForms() {
        String snippet = snippet("banjir ciledug pelatihan");
        assertThat(snippet).isEqualTo("Di <mark>Ciledug</mark>, <mark>banjir</mark> merendam ratusan rumah warga dan "
                + "petugas <mark>melatih</mark> relawan.");
    }

    @Test
    void fallsBackToTheSummaryWhenTheBodyDoesNotMatch() {
        assertThat(snippet("pengunjung")).isEqualTo("<mark>Pengunjung</mark> memadati festival kuliner.");
    }

    @Test
    void showsTheSummaryUnmarkedWhenOnlyTheTitleMatches() {
        assertThat(snippet("pamulang")).isEqualTo("Pengunjung memadati festival kuliner.");
    }

    private String snippet(String q) {
        return index.search.search(new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE,
                1, 10)).hits().get(0).snippet();
    }
}
