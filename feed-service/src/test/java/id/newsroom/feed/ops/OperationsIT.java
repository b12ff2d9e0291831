package id.newsroom.feed.ops;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The metric names dashboards and alerts are built on, and the OpenAPI document. */
class OperationsIT extends FeedIntegrationTest {

    @Test
    void prometheusShowsTheAgreedMetricNames() {
        String id = Events.newId();
        events.send(Events.published(id, "bisnis", tags("metrik")));
        await().atMost(15, SECONDS).untilAsserted(() -> assertThat(ids(getJson("/api/feed/tags/metrik"))).contains(id));
        get("/api/feed/categories/bisnis");
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern("news_feed_events_total\\{[^}]*outcome=\"applied\"")
                .contains("news_feed_freshness_seconds_bucket")
                .containsPattern("news_feed_freshness_seconds_bucket\\{[^}]*le=\"0\\.25\"")
                .containsPattern("news_feed_freshness_seconds_bucket\\{[^}]*le=\"60\\.0\"")
                .contains("news_feed_timeline_read_seconds_bucket")
                .contains("news_feed_live_connections")
                .containsPattern("http_server_requests_seconds_bucket")
                .containsPattern("application=\"feed-service\"");
    }

    @Test
    void openApiDescribesThePublicApi() {
        String doc = get("/v3/api-docs").body();
        assertThat(doc).contains("/api/feed/categories/{slug}", "/api/articles/{slug}", "/feeds/rss.xml",
                "/api/feed/stream");
    }
}
