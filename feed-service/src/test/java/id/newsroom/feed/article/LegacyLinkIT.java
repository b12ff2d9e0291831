package id.newsroom.feed.article;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Old WordPress links of imported articles: the frontend asks for the article by its old post id. */
class LegacyLinkIT extends FeedIntegrationTest {

    @Test
    void anImportedArticleAnswersByItsWordpressIdWithTheArticlePage() {
        long postId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        String id = Events.newId();
        Map<String, Object> article = Events.published(id, "wisata", tags("pantai"));
        article.put("change", "created");
        article.put("legacy", Map.of("wordpressId", postId, "permalink", "https://old.example/?p=" + postId));
        events.send(article);

        String slug = (String) article.get("slug");
        await().atMost(15, SECONDS).until(() -> get("/api/articles/legacy/wordpress/" + postId).statusCode() == 200);
        JsonNode byPost = getJson("/api/articles/legacy/wordpress/" + postId);
        JsonNode bySlug = getJson("/api/articles/" + slug);
        assertThat(byPost).isEqualTo(bySlug);
        assertThat(byPost.get("slug").asString()).isEqualTo(slug);

        // an edit keeps the legacy id; taking the article down makes the old link 404 like the page itself
        events.send(Events.next(article, "edited", changes("title", "Pantai Tanjung Pasir Ramai Dikunjungi")));
        await().atMost(15, SECONDS).until(() -> getJson("/api/articles/legacy/wordpress/" + postId).get("title")
                .asString().equals("Pantai Tanjung Pasir Ramai Dikunjungi"));
        Map<String, Object> edited = Events.next(article, "edited",
                changes("title", "Pantai Tanjung Pasir Ramai Dikunjungi"));
        events.send(Events.next(edited, "unpublished", changes("status", "UNPUBLISHED")));
        await().atMost(15, SECONDS).until(() -> get("/api/articles/legacy/wordpress/" + postId).statusCode() == 404);
    }

    @Test
    void unknownOrMalformedPostIdsAreProblems() {
        HttpResponse<String> unknown = get("/api/articles/legacy/wordpress/987654321987");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("WordPress post 987654321987");
        HttpResponse<String> malformed = get("/api/articles/legacy/wordpress/abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("not a WordPress post id");
    }
}
