package id.newsroom.feed.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.web.HttpCaching;
import id.newsroom.feed.web.Rendered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The timeline API in a web slice: caching headers, conditional GET and problem+json, with the read model stubbed. */
@WebMvcTest(TimelineController.class)
class TimelineControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(FeedProperties.class)
    @Import(HttpCaching.class)
    static class Web {}

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TimelineService timelines;

    private final Rendered page = Rendered.of("{\"items\":[],\"nextCursor\":null}".getBytes(StandardCharsets.UTF_8),
            MediaType.APPLICATION_JSON, Instant.parse("2026-11-29T01:00:00Z"));

    @Test
    void aPageCarriesItsValidatorsAndA304ForTheSameEtag() {
        given(timelines.read(eq(Timeline.home()), any(), any())).willReturn(page);
        MvcTestResult r = mvc.get().uri("/api/feed").exchange();
        assertThat(r).hasStatusOk().hasHeader("ETag", page.etag());
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("max-age=10", "stale-while-revalidate=30");
        assertThat(r).bodyJson().extractingPath("$.items").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/feed").header("If-None-Match", "W/" + page.etag()).exchange()).hasStatus(304);
    }

    @Test
    void badParametersAndUnknownTimelinesAreProblems() {
        given(timelines.read(eq(Timeline.home()), eq("abc"), any()))
                .willThrow(ClientProblem.badRequest("limit must be an integer from 1 to 100, got 'abc'."));
        given(timelines.read(eq(new Timeline(Timeline.Kind.CATEGORY, "tidak-ada")), any(), any()))
                .willThrow(ClientProblem.notFound("Unknown category 'tidak-ada'."));
        assertProblem(mvc.get().uri("/api/feed?limit=abc").exchange(), 400, "limit must be");
        assertProblem(mvc.get().uri("/api/feed/categories/tidak-ada").exchange(), 404, "Unknown category");
    }

    @Test
    void aReadOnlyApiRefusesWritesWith405() {
        assertProblem(mvc.post().uri("/api/feed").exchange(), 405, "POST");
    }

    private static void assertProblem(MvcTestResult r, int status, String detail) {
        assertThat(r).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(r).bodyJson().extractingPath("$.detail").asString().contains(detail);
    }
}
