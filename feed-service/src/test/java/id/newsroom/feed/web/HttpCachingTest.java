package id.newsroom.feed.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingTest {

    @Test
    void etagIsAStrongHashOfTheBytes() {
        Rendered a = Rendered.of("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                Instant.EPOCH);
        Rendered same = Rendered.of("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                Instant.EPOCH);
        Rendered other = Rendered.of("{\"items\":[1]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                Instant.EPOCH);
        assertThat(a.etag()).startsWith("\"").endsWith("\"").isEqualTo(same.etag()).isNotEqualTo(other.etag());
    }

    @Test
    void ifNoneMatchUsesWeakComparisonOverAList() {
        assertThat(HttpCaching.matches("\"abc\"", "\"abc\"")).isTrue();
        assertThat(HttpCaching.matches("W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(HttpCaching.matches("\"x\", \"abc\"", "\"abc\"")).isTrue();
        assertThat(HttpCaching.matches("*", "\"abc\"")).isTrue();
        assertThat(HttpCaching.matches("\"abd\"", "\"abc\"")).isFalse();
        assertThat(HttpCaching.matches(null, "\"abc\"")).isFalse();
    }
}
