package id.newsroom.feed.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A reader over the burst gets 429 with Retry-After as a problem, counted; management endpoints are not limited.
 * Loopback is exempt by default, so this context exempts nobody.
 */
@TestPropertySource(properties = {"platform.http.rate-limit.exempt=", "platform.http.rate-limit.capacity=5",
        // A second context: it must not take partitions (and live events) from the other ITs' consumer.
        "spring.cloud.stream.bindings.projectArticles-in-0.consumer.auto-startup=false",
        "platform.http.rate-limit.refill=1", "platform.http.rate-limit.refill-period=30s"})
class RateLimitIT extends FeedIntegrationTest {

    @Test
    void aClientOverItsBurstIsToldWhenToComeBack() {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/feed?limit=1").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = get("/feeds/rss.xml");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                s -> assertThat(s).isBetween(1L, 30L));
        assertThat(limited.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(JSON.readTree(limited.body()).path("type").asString())
                .isEqualTo("https://newsroom.id/problems/rate-limited");

        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("platform_http_rejections_total\\{[^}]*reason=\"rate_limit\"[^}]*} 1");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }
}
