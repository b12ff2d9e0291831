package id.newsroom.web.search;

import static id.newsroom.web.upstream.Stories.hit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.SearchClient;
import id.newsroom.web.upstream.SearchModels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageSliceTest(SearchPageController.class)
class SearchPageControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SearchClient search;

    @Test
    void resultsWithMarksFacetsAndTheNextPageAskedInSearchServicesTerms() throws Exception {
        given(search.search(new SearchModels.Query("umkm", "bisnis", "", "", "newest", 1, 10)))
                .willReturn(new SearchModels.Result(12, List.of(hit("bimtek", "Bimtek", "pelatihan <mark>UMKM</mark>")),
                        Map.of("category", List.of(new SearchModels.Facet("bisnis", "Bisnis", 9)))));

        MvcTestResult result = mvc.get().uri("/cari?q= umkm &kategori=bisnis&urut=terbaru").exchange();

        assertThat(result).hasStatusOk().hasViewName("search").headers().hasValue("Cache-Control",
                "max-age=30, public, s-maxage=60, stale-if-error=86400, stale-while-revalidate=60");
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select(".results .snippet mark").text()).isEqualTo("UMKM");
        assertThat(html.select(".facets a").eachText()).containsExactly("Semua rubrik", "Bisnis (9)");
        assertThat(html.select(".pager a[rel=next]").attr("href"))
                .isEqualTo("/cari?q=umkm&kategori=bisnis&urut=terbaru&hal=2");
        assertThat(html.select("meta[name=robots]").attr("content")).startsWith("noindex");
    }

    @Test
    void anEmptyQueryIsTheFormAlone() {
        assertThat(mvc.get().uri("/cari")).hasStatusOk().bodyText().contains("<h1>Cari berita</h1>")
                .doesNotContain("berita ditemukan");
        verifyNoInteractions(search);
    }

    @Test
    void aQuerySearchServiceRefusesIsA400PageSayingWhyNeverServedStale() {
        given(search.search(new SearchModels.Query("umkm", "", "kemarin", "", "relevance", 1, 10)))
                .willThrow(new SearchClient.BadSearchException("from must be a date"));

        assertThat(mvc.get().uri("/cari?q=umkm&dari=kemarin")).hasStatus(400).hasViewName("search").headers()
                .hasValue("Cache-Control", "max-age=60, public, s-maxage=60");
        assertThat(mvc.get().uri("/cari?q=umkm&dari=kemarin")).bodyText()
                .contains("Pencarian tidak dapat dijalankan: from must be a date");
    }

    @Test
    void suggestionsAreJsonAndNeedTwoCharacters() {
        given(search.suggest("um")).willReturn(List.of(new SearchModels.Suggestion("bimtek", "Bimtek UMKM")));

        assertThat(mvc.get().uri("/cari/saran?q=um")).hasStatusOk().hasContentType("application/json").bodyJson()
                .extractingPath("$[0].title").isEqualTo("Bimtek UMKM");
        assertThat(mvc.get().uri("/cari/saran?q=u")).bodyJson().isLenientlyEqualTo("[]");
    }
}
