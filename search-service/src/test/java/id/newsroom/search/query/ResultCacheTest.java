package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;

/** An answer is served for the reader and dictionary it was found with, never after a refresh or a reload. */
class ResultCacheTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ResultCache cache = new ResultCache(10, registry);
    final Object reader = new Object();
    final Object dictionary = new Object();
    final SearchRequest banjir = request("banjir");
    final SearchResponse answer = new SearchResponse(1, SearchResponse.EXACT, 2, List.of(),
            Map.of("category", List.of()), new SearchResponse.Matches(1, 0), null);

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheAndCounted() {
        assertThat(cache.get(reader, dictionary, banjir)).isNull();
        cache.put(reader, dictionary, banjir, answer);
        assertThat(cache.get(reader, dictionary, banjir)).isSameAs(answer);
        assertThat(cache.get(reader, dictionary, request("ppdb"))).isNull();
        assertThat(registry.get("cache.gets").tag("cache", "search_results").tag("result", "hit").functionCounter()
                .count()).isEqualTo(1);
    }

    @Test
    void aRefreshOrAReloadEmptiesIt() {
        cache.put(reader, dictionary, banjir, answer);
        Object refreshed = new Object();
        assertThat(cache.get(refreshed, dictionary, banjir)).as("a new reader").isNull();
        assertThat(cache.get(reader, dictionary, banjir)).as("nor back on the old one").isNull();
        cache.put(reader, dictionary, banjir, answer);
        assertThat(cache.get(reader, new Object(), banjir)).as("a reloaded dictionary").isNull();
    }

    @Test
    void anAnswerFoundOnAnOlderReaderIsNotKept() {
        Object refreshed = new Object();
        cache.get(refreshed, dictionary, banjir); // another search saw the refresh first
        cache.put(reader, dictionary, banjir, answer);
        assertThat(cache.get(refreshed, dictionary, banjir)).isNull();
    }

    @Test
    void aCacheSizeOfZeroKeepsNothing() {
        ResultCache off = new ResultCache(0, new SimpleMeterRegistry());
        off.get(reader, dictionary, banjir);
        off.put(reader, dictionary, banjir, answer);
        assertThat(off.get(reader, dictionary, banjir)).isNull();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 10);
    }
}
