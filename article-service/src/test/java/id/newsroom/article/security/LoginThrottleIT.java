package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Password guessing is slowed per user name and per address: 429 with Retry-After, then a doubling lock. */
@TestPropertySource(properties = {"article.login-throttle.max-failures-per-user=3",
        "article.login-throttle.max-failures-per-address=6", "article.login-throttle.first-lock=2s",
        // A second context: leave relaying the other ITs' events to theirs.
        "article.outbox.enabled=false"})
class LoginThrottleIT extends ItBase {

    @Test
    void repeatedFailuresLockTheUserNameThenTheAddress() {
        Api guesser = new Api(port, "writer", "tebakan");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.get("/api/categories").status()).isEqualTo(401);
        }
        Api.Response locked = writer().get("/api/categories");
        assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 3L);
        assertThat(locked.json().path("type").asString()).isEqualTo("https://newsroom.id/problems/login-locked");
        assertThat(editor().get("/api/categories").status()).as("another user").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> writer().get("/api/categories").status() == 200);

        for (int i = 0; i < 3; i++) {
            assertThat(new Api(port, "nobody" + i, "x").get("/api/categories").status()).isEqualTo(401);
        }
        assertThat(editor().get("/api/categories").status()).as("6 failures from this address").isEqualTo(429);
        assertThat(anonymous().get("/actuator/prometheus").body())
                .containsPattern("platform_http_rejections_total\\{[^}]*reason=\"login_locked\"[^}]*} [1-9]");
    }
}
