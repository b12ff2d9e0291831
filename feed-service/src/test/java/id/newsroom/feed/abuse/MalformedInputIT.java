package id.newsroom.feed.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.feed.live.LiveHub;
import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import id.newsroom.infra.fuzz.Endpoint;
import id.newsroom.infra.fuzz.FuzzReport;
import id.newsroom.infra.fuzz.MalformedRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 1,000 malformed requests (fixed seed) to every operation of the OpenAPI document: no 5xx, every refusal
 * problem+json. Some path variables, cursors and query values are real so that requests reach the queries.
 */
class MalformedInputIT extends FeedIntegrationTest {

    @Autowired
    LiveHub hub;

    @Test
    void everyEndpointAnswersMalformedRequestsWithA4xxProblem() {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> article = Events.published(Events.newId(), "wisata", tags("uji-masukan"));
            events.send(article);
            articles.add(article);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/feed/tags/uji-masukan?limit=1").statusCode() == 200
                && getJson("/api/feed/tags/uji-masukan").path("items").size() == 3);
        String cursor = getJson("/api/feed/tags/uji-masukan?limit=1").path("nextCursor").asString();
        List<Endpoint> endpoints = Endpoint.fromOpenApi(getJson("/v3/api-docs"));
        assertThat(endpoints).extracting(Endpoint::toString).contains("GET /api/feed",
                "GET /api/feed/categories/{slug}",
                "GET /api/articles/{slug}", "GET /feeds/rss.xml");
        MalformedRequests generator = new MalformedRequests(12L, Map.of(
                "slug", List.of((String) articles.get(0).get("slug"), "wisata"), "tag", List.of("uji-masukan"),
                "authorId", List.of("redaksi"), "cursor", List.of(cursor), "category", List.of("wisata"),
                "limit", List.of("2")), Map.of());

        FuzzReport.fuzzEveryEndpoint("MalformedInputIT", port, endpoints, generator,
                Integer.getInteger("fuzz.requests", 500),
                FuzzReport::problemJsonOn4xx);
        // Every live stream the fuzz opened (and dropped) is noticed gone: none holds a subscription (HEAD did).
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.connections() == 0);
    }

}
