package id.newsroom.feed.timeline;

import java.net.http.HttpResponse;
import java.util.Map;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Strong ETag, Last-Modified, Cache-Control for a CDN, and 304 on If-None-Match, on every kind of read. */
class HttpCachingIT extends FeedIntegrationTest {

    @Test
    void timelineAnswers304UntilItChanges() {
        String first = Events.newId();
        events.send(Events.published(first, "properti", tags("cache")));
        await().atMost(15, SECONDS).untilAsserted(
                () -> assertThat(ids(getJson("/api/feed/categories/properti?limit=100"))).contains(first));

        HttpResponse<String> r = get("/api/feed/categories/properti");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=10").contains("stale-while-revalidate=30").contains("public");

        HttpResponse<String> again = get("/api/feed/categories/properti", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        String second = Events.newId();
        events.send(Events.published(second, "properti", tags("cache")));
        await().atMost(15, SECONDS).untilAsserted(() -> {
            HttpResponse<String> changed = get("/api/feed/categories/properti", "If-None-Match", etag);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        });
    }

    @Test
    void emptyTimelineStillHasValidators() {
        String category = "kosong-" + System.nanoTime();
        // an unconfigured category is unknown until an article carries it; a configured but empty one answers 200
        HttpResponse<String> r = get("/api/feed/categories/pendidikan?cursor="
                + new Cursor(new java.util.Date(0), "0").encode());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"items\":[]");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent().get().asString().doesNotContain("1970");
        assertThat(get("/api/feed/categories/" + category).statusCode()).isEqualTo(404);
    }

    @Test
    void articlePageAndFeedsAnswer304() {
        String id = Events.newId();
        Map<String, Object> a = Events.published(id, "wisata", tags("cache"));
        events.send(a);
        await().atMost(15, SECONDS).until(() -> get("/api/articles/" + a.get("slug")).statusCode() == 200);
        for (String path : new String[]{"/api/articles/" + a.get("slug"), "/feeds/categories/wisata/rss.xml",
                "/api/feed/tags/cache", "/api/feed/authors/redaksi"}) {
            String etag = get(path).headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
        }
    }
}
