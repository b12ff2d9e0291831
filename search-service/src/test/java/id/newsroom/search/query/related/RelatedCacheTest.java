package id.newsroom.search.query.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.support.Settings;

/** What makes a kept "more like this" answer stale: its age, another generation, another version, a larger size. */
class RelatedCacheTest {

    final AtomicLong nanos = new AtomicLong();
    final SearchProperties.Related settings = Settings.search("related.max-age", "10m").related();
    final RelatedCache cache = new RelatedCache(settings, nanos::get);
    final RelatedCache.Entry twoOfTwo = new RelatedCache.Entry(List.of("a", "b"), new float[]{2f, 1f}, 2);

    @Test
    void anAnswerHoldsForItsMaxAgeOnly() {
        cache.put("story", "gen-1", 3, twoOfTwo);
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(cache.get("story", "gen-1", 3, 2)).isSameAs(twoOfTwo);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(cache.get("story", "gen-1", 3, 2)).as("10 minutes old: stories published since may join").isNull();
    }

    @Test
    void anotherGenerationOrVersionOfTheStoryRecomputes() {
        cache.put("story", "gen-1", 3, twoOfTwo);
        assertThat(cache.get("story", "gen-2", 3, 2)).as("after a reindex").isNull();
        assertThat(cache.get("story", "gen-1", 4, 2)).as("after an edit").isNull();
        assertThat(cache.get("story", "gen-1", 3, 1)).as("fewer asked: the kept answer serves").isSameAs(twoOfTwo);
        assertThat(cache.get("story", "gen-1", 3, 4)).as("more asked than kept, and there may be more").isNull();
    }

    @Test
    void aCacheSizeOfZeroKeepsNothing() {
        RelatedCache off = new RelatedCache(Settings.search("related.cache-size", "0").related(), nanos::get);
        off.put("story", "gen-1", 3, twoOfTwo);
        assertThat(off.get("story", "gen-1", 3, 2)).isNull();
    }
}
