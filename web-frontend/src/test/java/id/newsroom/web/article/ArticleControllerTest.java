package id.newsroom.web.article;

import static id.newsroom.web.upstream.Stories.article;
import static id.newsroom.web.upstream.Stories.hit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;

import id.newsroom.web.media.BodyImages;
import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.SearchClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PageSliceTest(ArticleController.class)
@Import(BodyImages.class)
class ArticleControllerTest {

    static final String ARTICLE_CACHING = "max-age=60, public, s-maxage=300, stale-if-error=86400, "
            + "stale-while-revalidate=600";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedClient feed;

    @MockitoBean
    SearchClient search;

    @Test
    void theArticlePageWithItsFigureRelatedStoriesAndJsonLd() throws Exception {
        given(feed.article("bimtek")).willReturn(new FeedClient.ArticleLookup(article("bimtek", "Pemkot Gelar Bimtek"),
                null));
        given(search.related("id-bimtek")).willReturn(List.of(hit("pasar-lama", "Pasar Lama", "Pasar")));

        MvcTestResult result = mvc.get().uri("/berita/bimtek").exchange();

        assertThat(result).hasStatusOk().hasViewName("article").headers().hasValue("Cache-Control", ARTICLE_CACHING);
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select("article.story h1").text()).isEqualTo("Pemkot Gelar Bimtek");
        assertThat(html.select("figure figcaption").text()).isEqualTo("Peserta pelatihan Foto: Redaksi");
        assertThat(html.select(".related h3").text()).isEqualTo("Pasar Lama");
        assertThat(html.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://berita.example.id/berita/bimtek");
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        JsonNode ld = JsonMapper.builder().build().readTree(html.select("script[type=application/ld+json]").html());
        assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.path("datePublished").asString()).isEqualTo("2026-11-29T10:57:00+07:00");
        assertThat(ld.path("author").get(0).path("url").asString()).isEqualTo("https://berita.example.id/penulis/a-1");
    }

    @Test
    void anOldSlugAndAWordPressPermalinkAre301sCachedLikeTheArticle() {
        given(feed.article("judul-lama")).willReturn(new FeedClient.ArticleLookup(null, "pemkot-gelar-bimtek"));
        given(feed.article("pemkot-gelar-bimtek"))
                .willReturn(new FeedClient.ArticleLookup(article("pemkot-gelar-bimtek", "Pemkot"), null));

        assertThat(mvc.get().uri("/berita/judul-lama")).hasStatus(301)
                .hasRedirectedUrl("/berita/pemkot-gelar-bimtek").headers().hasValue("Cache-Control", ARTICLE_CACHING);
        assertThat(mvc.get().uri("/pemkot-gelar-bimtek/")).hasStatus(301)
                .hasRedirectedUrl("/berita/pemkot-gelar-bimtek");
    }

    @Test
    void aTakenDownStoryIs410AndAnUnknownOne404WithTheirPages() {
        given(feed.article("ditarik")).willThrow(new NotFoundException("Berita ini sudah tidak tersedia", true));
        given(feed.article("tidak-ada")).willThrow(new NotFoundException("Berita tidak ditemukan", false));

        assertThat(mvc.get().uri("/berita/ditarik")).hasStatus(410).bodyText()
                .contains("Berita ini telah ditarik oleh redaksi.");
        assertThat(mvc.get().uri("/berita/tidak-ada")).hasStatus(404).hasContentTypeCompatibleWith("text/html")
                .headers().hasValue("Cache-Control", "max-age=60, public, s-maxage=60");
        assertThat(mvc.get().uri("/berita/" + "x".repeat(201))).hasStatus(404);
    }
}
