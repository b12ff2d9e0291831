package id.newsroom.search.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.query.SearchService;
import id.newsroom.search.query.SuggestService;
import id.newsroom.search.query.api.NotFoundException;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.related.RelatedService;

/** The search API in a web slice: parameter checks and problem+json, with the index stubbed (no Kafka, no Lucene). */
@WebMvcTest(SearchController.class)
class SearchControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(SearchProperties.class)
    static class Settings {}

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    SearchService search;
    @MockitoBean
    SuggestService suggest;
    @MockitoBean
    RelatedService related;

    @Test
    void aSearchAnswersTheResponseShape() {
        given(search.search(any())).willReturn(new SearchResponse(0, SearchResponse.EXACT, 3, List.of(),
                Map.of("category", List.of()), new SearchResponse.Matches(0, 0), null));
        MvcTestResult r = mvc.get().uri("/api/search?q=banjir&sort=newest&from=2026-11-01").exchange();
        assertThat(r).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(r).bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(r).bodyJson().extractingPath("$.facets.category").asArray().isEmpty();
    }

    @Test
    void everyBadParameterIsA400ThatNamesIt() {
        assertProblem(mvc.get().uri("/api/search?q=a&size=0").exchange(), 400, "size must be between 1 and 50");
        assertProblem(mvc.get().uri("/api/search?q=a&size=51").exchange(), 400, "size must be between 1 and 50");
        assertProblem(mvc.get().uri("/api/search?q=a&page=0").exchange(), 400, "page must be 1 or more");
        assertProblem(mvc.get().uri("/api/search?q=a&page=dua").exchange(), 400, "page: 'dua' is not a valid int");
        assertProblem(mvc.get().uri("/api/search?q=a&sort=acak").exchange(), 400, "sort must be relevance or newest");
        assertProblem(mvc.get().uri("/api/search?q=a&from=kemarin").exchange(), 400, "from must be a date");
        assertProblem(mvc.get().uri("/api/search?q=a&from=2026-11-02&to=2026-11-01").exchange(), 400,
                "from must not be after to");
        assertProblem(mvc.get().uri("/api/search/suggest?q=ba&size=21").exchange(), 400,
                "size must be between 1 and 20");
        assertProblem(mvc.get().uri("/api/search/related/" + "z".repeat(65)).exchange(), 400, "longer than 64");
    }

    @Test
    void relatedToAnUnknownArticleIs404() {
        given(related.related(eq("tidak-ada"), anyInt()))
                .willThrow(new NotFoundException("No published article with id tidak-ada"));
        MvcTestResult r = mvc.get().uri("/api/search/related/tidak-ada").exchange();
        assertProblem(r, 404, "No published article");
        assertThat(r).bodyJson().extractingPath("$.type").isEqualTo("https://newsroom.id/problems/not-found");
    }

    private static void assertProblem(MvcTestResult r, int status, String detail) {
        assertThat(r).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(r).bodyJson().extractingPath("$.detail").asString().contains(detail);
    }
}
