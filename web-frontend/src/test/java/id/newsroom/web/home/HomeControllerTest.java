package id.newsroom.web.home;

import static id.newsroom.web.upstream.Stories.article;
import static id.newsroom.web.upstream.Stories.item;
import static id.newsroom.web.upstream.Stories.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;

import java.util.Optional;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageSliceTest(HomeController.class)
class HomeControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedClient feed;

    @Test
    void theLeadStoryTheLatestAndOneBlockPerSectionWithStories() throws Exception {
        given(feed.home(null, 7)).willReturn(timeline(null, item("bimtek", "Pemkot Gelar Bimtek", "bisnis"),
                item("jalan", "Jalan Baru", "pemerintahan")));
        given(feed.timeline(eq("categories"), anyString(), isNull(), anyInt())).willReturn(timeline(null));
        given(feed.timeline("categories", "bisnis", null, 4))
                .willReturn(timeline(null, item("bimtek", "Pemkot Gelar Bimtek", "bisnis")));
        given(feed.timeline("categories", "wisata", null, 4)).willThrow(new NotFoundException("baru", false));

        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().hasViewName("home").hasContentTypeCompatibleWith("text/html").headers()
                .hasValue("Cache-Control",
                        "max-age=30, public, s-maxage=60, stale-if-error=86400, stale-while-revalidate=60");
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select(".card.lead h2 a").text()).isEqualTo("Pemkot Gelar Bimtek");
        assertThat(html.select(".card.lead h2 a").attr("href")).isEqualTo("/berita/bimtek");
        assertThat(html.select(".latest h3").eachText()).containsExactly("Jalan Baru");
        assertThat(html.select(".block-title").eachText()).as("sections without stories, or unknown, left out")
                .containsExactly("BISNIS");
        assertThat(html.select("[data-live]").attr("data-live")).as("the banner counts every section").isEmpty();
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo("https://berita.example.id/");
    }

    @Test
    void withoutStoriesTheFrontPageSaysSo() {
        given(feed.home(null, 7)).willReturn(timeline(null));
        given(feed.timeline(eq("categories"), anyString(), isNull(), anyInt())).willReturn(timeline(null));

        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("Belum ada berita yang terbit.");
    }

    @Test
    void anOldWordPressLinkIs301AndAnUnknownOrMalformedOneA404Page() {
        given(feed.legacyWordPress(42)).willReturn(Optional.of(article("pemkot-gelar-bimtek", "Pemkot")));
        given(feed.legacyWordPress(43)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/?p=42")).hasStatus(301).hasRedirectedUrl("/berita/pemkot-gelar-bimtek")
                .doesNotContainHeader("Cache-Control");
        assertThat(mvc.get().uri("/?p=43")).hasStatus(404).hasViewName("error").headers().hasValue("Cache-Control",
                "max-age=60, public, s-maxage=60");
        assertThat(mvc.get().uri("/?p=<script>")).hasStatus(404).bodyText().contains("Halaman tidak ditemukan")
                .doesNotContain("<script>");
    }
}
