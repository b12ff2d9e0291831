package id.newsroom.feed.timeline;

import java.net.http.HttpResponse;

import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 4xx problem detail with a clear detail, never a 5xx. */
class TimelineErrorsIT extends FeedIntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "/api/feed/categories/tidak-ada, 404, Unknown category",
            "/api/feed/tags/tag-yang-tidak-pernah-ada, 404, Unknown tag",
            "/api/feed?limit=0, 400, limit must be",
            "/api/feed?limit=101, 400, limit must be",
            "/api/feed?limit=abc, 400, limit must be",
            "/api/feed?cursor=not-a-cursor, 400, cursor is not valid",
            "/api/feed/categories/wisata?cursor=djF8eHx5, 400, cursor is not valid",
            "/feeds/categories/tidak-ada/rss.xml, 404, Unknown category",
            "/api/articles/tidak-ada-slug-ini, 404, No published article"})
    void answersProblemDetails(String path, int status, String detail) {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }
}
