package id.newsroom.web.seo;

import static id.newsroom.web.upstream.Stories.item;
import static id.newsroom.web.upstream.Stories.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.FeedClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PageSliceTest(SitemapController.class)
class SitemapControllerTest {

    static final String SITEMAP_CACHING = "max-age=300, public, s-maxage=600, stale-if-error=86400, "
            + "stale-while-revalidate=600";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedClient feed;

    @Test
    void theIndexNamesTheNewsSitemapAndOnePerSection() {
        assertThat(mvc.get().uri("/sitemap.xml")).hasStatusOk().hasContentType("application/xml;charset=UTF-8")
                .headers().hasValue("Cache-Control", SITEMAP_CACHING);
        assertThat(mvc.get().uri("/sitemap.xml")).bodyText().contains(
                "<loc>https://berita.example.id/sitemap-news.xml</loc>",
                "<loc>https://berita.example.id/sitemaps/kategori-bisnis.xml</loc>");
    }

    @Test
    void aSectionSitemapListsItsStoriesWithTheirPictures() {
        given(feed.timeline("categories", "bisnis", null, 100))
                .willReturn(timeline(null, item("bimtek", "Pemkot & UMKM", "bisnis")));

        assertThat(mvc.get().uri("/sitemaps/kategori-bisnis.xml")).hasStatusOk().bodyText().contains(
                "<loc>https://berita.example.id/berita/bimtek</loc><lastmod>2026-11-29T10:57:00+07:00</lastmod>",
                "<image:loc>https://img.example.id/bimtek.jpg</image:loc>");
        assertThat(mvc.get().uri("/sitemaps/kategori-tidak-ada.xml")).hasStatus(404).hasViewName("error");
    }

    @Test
    void robotsKeepsCrawlersOffSearchAndLiveAndNamesTheSitemaps() {
        assertThat(mvc.get().uri("/robots.txt")).hasStatusOk().hasContentType("text/plain;charset=UTF-8").bodyText()
                .contains("Disallow: /cari\n", "Sitemap: https://berita.example.id/sitemap-news.xml\n");
    }
}
