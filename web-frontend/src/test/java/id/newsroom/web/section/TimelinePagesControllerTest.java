package id.newsroom.web.section;

import static id.newsroom.web.upstream.Stories.item;
import static id.newsroom.web.upstream.Stories.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageSliceTest(TimelinePagesController.class)
class TimelinePagesControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedClient feed;

    @Test
    void aSectionsFirstPageLinksTheNextWithItsCursorAndHasTheLiveBanner() throws Exception {
        given(feed.timeline("categories", "bisnis", null, 20))
                .willReturn(timeline("b2Zmc2V0", item("bimtek", "Pemkot Gelar Bimtek", "bisnis")));

        MvcTestResult result = mvc.get().uri("/kategori/bisnis").exchange();

        assertThat(result).hasStatusOk().hasViewName("timeline").headers().hasValue("Cache-Control",
                "max-age=30, public, s-maxage=60, stale-if-error=86400, stale-while-revalidate=60");
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select("h1").text()).isEqualTo("Bisnis");
        assertThat(html.select(".pager a[rel=next]").attr("href")).isEqualTo("/kategori/bisnis?cursor=b2Zmc2V0");
        assertThat(html.select("link[rel=next]").attr("href"))
                .isEqualTo("https://berita.example.id/kategori/bisnis?cursor=b2Zmc2V0");
        assertThat(html.select("[data-live]").attr("data-live")).isEqualTo("bisnis");
        assertThat(html.select("link[rel=alternate]").eachAttr("href")).contains("/feeds/categories/bisnis/rss.xml");
    }

    @Test
    void aLaterPageIsItsOwnCanonicalWithoutTheLiveBanner() throws Exception {
        given(feed.timeline("categories", "bisnis", "b2Zmc2V0", 20))
                .willReturn(timeline(null, item("pasar-lama", "Pasar Lama Direvitalisasi", "bisnis")));

        MvcTestResult result = mvc.get().uri("/kategori/bisnis?cursor=b2Zmc2V0").exchange();

        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://berita.example.id/kategori/bisnis?cursor=b2Zmc2V0");
        assertThat(html.select(".pager a").first().attr("href")).isEqualTo("/kategori/bisnis");
        assertThat(html.select("[data-live]")).isEmpty();
    }

    @Test
    void tagAndAuthorPagesNameWhatTheyList() {
        given(feed.timeline("tags", "a b", null, 20)).willReturn(timeline(null, item("x", "Satu", "bisnis")));
        given(feed.timeline("authors", "a-1", null, 20)).willReturn(timeline(null, item("y", "Dua", "bisnis")));

        assertThat(mvc.get().uri("/tag/{tag}", "a b")).hasStatusOk().bodyText().contains("<h1>#a b</h1>",
                "href=\"https://berita.example.id/tag/a%20b\"");
        assertThat(mvc.get().uri("/penulis/a-1")).hasStatusOk().bodyText().contains("<h1>Rina Wartawan</h1>");
    }

    @Test
    void anUnknownSectionIsA404PageNeverServedStale() {
        given(feed.timeline("categories", "tidak-ada", null, 20)).willThrow(new NotFoundException("x", false));

        assertThat(mvc.get().uri("/kategori/tidak-ada")).hasStatus(404).hasViewName("error").headers()
                .hasValue("Cache-Control", "max-age=60, public, s-maxage=60");
    }

    @Test
    void aBlankOrOverlongCursorIsA404WithoutAskingFeedService() {
        assertThat(mvc.get().uri("/kategori/bisnis?cursor=" + "x".repeat(600))).hasStatus(404);
        assertThat(mvc.get().uri("/kategori/bisnis?cursor=")).hasStatus(404);
        verify(feed, never()).timeline(anyString(), anyString(), any(), anyInt());
    }

    @Test
    void feedServiceDownIsA503PageNeverCachedWithRetryAfter() {
        given(feed.timeline("tags", "banjir", null, 20)).willThrow(new UpstreamUnavailableException("down"));

        assertThat(mvc.get().uri("/tag/banjir")).hasStatus(503).hasViewName("error").headers()
                .hasValue("Cache-Control", "no-store").hasValue("Retry-After", "30");
    }
}
