package id.newsroom.web.article;

import static id.newsroom.web.upstream.Stories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import id.newsroom.web.media.BodyImages;
import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.PreviewClient;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageSliceTest(PreviewPageController.class)
@Import(BodyImages.class)
class PreviewPageControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PreviewClient previews;

    @Test
    void aPreviewIsTheArticlePageWithABannerKeptPrivateAndUnindexed() throws Exception {
        given(previews.article("draf.x")).willReturn(article("taman", "Taman Kota Baru"));

        MvcTestResult result = mvc.get().uri("/pratinjau/draf.x").exchange();

        assertThat(result).hasStatusOk().hasViewName("article").headers().hasValue("Cache-Control", "no-store, private")
                .hasValue("X-Robots-Tag", "noindex");
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select(".preview-banner").text()).contains("Pratinjau");
        assertThat(html.title()).isEqualTo("Pratinjau: Taman Kota Baru | Newsroom");
        assertThat(html.select("link[rel=canonical], script[type=application/ld+json], .related")).isEmpty();
    }

    @Test
    void anExpiredOrUnknownLinkIsAnErrorPageAsPrivateAsThePreview() {
        given(previews.article("basi"))
                .willThrow(new NotFoundException("Tautan pratinjau ini sudah kedaluwarsa", true));
        given(previews.article("palsu")).willThrow(new NotFoundException("Tautan pratinjau tidak dikenal", false));

        assertThat(mvc.get().uri("/pratinjau/basi")).hasStatus(410).hasViewName("error").headers()
                .hasValue("Cache-Control", "no-store, private").hasValue("X-Robots-Tag", "noindex");
        assertThat(mvc.get().uri("/pratinjau/palsu")).hasStatus(404).headers().hasValue("X-Robots-Tag", "noindex");
        assertThat(mvc.get().uri("/pratinjau/" + "x".repeat(401))).hasStatus(404).headers()
                .hasValue("Cache-Control", "no-store, private");
    }

    @Test
    void articleServiceDownIsTheSites503Page() {
        given(previews.article("draf.x")).willThrow(new UpstreamUnavailableException("down"));

        assertThat(mvc.get().uri("/pratinjau/draf.x")).hasStatus(503).headers().hasValue("Cache-Control", "no-store")
                .hasValue("Retry-After", "30");
    }
}
