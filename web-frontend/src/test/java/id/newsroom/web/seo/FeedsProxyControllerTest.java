package id.newsroom.web.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PageSliceTest(FeedsProxyController.class)
class FeedsProxyControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedClient feed;

    @Test
    void feedServicesDocumentsUnderTheSitesAddressWithTheirTypes() {
        given(feed.syndication(null, "rss.xml")).willReturn("<rss/>");
        given(feed.syndication("bisnis", "atom.xml")).willReturn("<feed/>");

        assertThat(mvc.get().uri("/feeds/rss.xml")).hasStatusOk().hasContentType("application/rss+xml;charset=UTF-8")
                .hasBodyTextEqualTo("<rss/>").headers().hasValue("Cache-Control",
                        "max-age=30, public, s-maxage=60, stale-if-error=86400, stale-while-revalidate=60");
        assertThat(mvc.get().uri("/feeds/categories/bisnis/atom.xml")).hasStatusOk()
                .hasContentType("application/atom+xml;charset=UTF-8").hasBodyTextEqualTo("<feed/>");
    }

    @Test
    void anUnknownFileOrSectionIsA404Page() {
        given(feed.syndication("tidak-ada", "rss.xml")).willThrow(new NotFoundException("Feed tidak ditemukan", false));

        assertThat(mvc.get().uri("/feeds/categories/tidak-ada/rss.xml")).hasStatus(404)
                .hasContentTypeCompatibleWith("text/html");
        assertThat(mvc.get().uri("/feeds/passwd")).hasStatus(404).bodyText().contains("Feed tidak ditemukan");
    }

    @Test
    void onlyTheThreeFeedFormatsAreAskedFor() {
        assertThat(mvc.get().uri("/feeds/x.php")).hasStatus(404);
        verifyNoInteractions(feed);
    }
}
