package id.newsroom.feed.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.web.Rendered;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.MediaType;

class FirstPageCacheTest {

    private final FirstPageCache cache = new FirstPageCache(new Binder(new MapConfigurationPropertySource(
            Map.of("feed.cache.first-page-ttl", "300ms"))).bindOrCreate("feed", FeedProperties.class));
    private final AtomicInteger renders = new AtomicInteger();

    private final Supplier<Rendered> render = () -> {
        byte[] body = ("page " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
        return Rendered.of(body, MediaType.APPLICATION_JSON, Instant.now());
    };

    private String read() {
        return new String(cache.get("/api/feed", render).body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsRenderedOnceUntilAWriteHere() {
        assertThat(read()).isEqualTo("page 1");
        assertThat(read()).isEqualTo("page 1");
        cache.invalidate();
        assertThat(read()).isEqualTo("page 2");
    }

    @Test
    void afterItsTtlAPageIsRenderedAgain() {
        assertThat(read()).isEqualTo("page 1");
        await().atMost(Duration.ofSeconds(5)).until(() -> !read().equals("page 1"));
        assertThat(renders.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        assertThatThrownBy(() -> cache.get("/api/feed/categories/x", () -> {
            throw new IllegalStateException("MongoDB away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(new String(cache.get("/api/feed/categories/x", render).body(), StandardCharsets.UTF_8))
                .isEqualTo("page 1");
    }
}
