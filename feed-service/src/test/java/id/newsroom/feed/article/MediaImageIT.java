package id.newsroom.feed.article;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An article event whose image is a media: its fields (mediaId, alt, width, height, widths, urlPattern) reach the
 * timeline and the article page under the event's names, the feeds enclose its w1280 JPEG, and a new rev of the
 * media (new URLs) changes the strong ETag while an unchanged page still answers 304.
 */
class MediaImageIT extends FeedIntegrationTest {

    private static final String PATTERN = "http://127.0.0.1:8084/media/%s/%s/{variant}.{format}";

    static Map<String, Object> mediaImage(String mediaId, String rev, List<Integer> widths) {
        String pattern = PATTERN.formatted(mediaId, rev);
        return Map.of("url", pattern.replace("{variant}", "w1280").replace("{format}", "jpg"), "caption",
                "Warga bersantai di alun-alun", "credit", "Foto: Redaksi", "mediaId", mediaId, "alt",
                "Warga duduk di rumput alun-alun", "width", 3000, "height", 2000, "widths", widths, "urlPattern",
                pattern);
    }

    @Test
    void theMediaFieldsReachTheTimelineTheArticlePageAndTheFeeds() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String category = "foto-" + run.replaceAll("[^a-z0-9]", "a");
        String mediaId = Events.newId();
        Map<String, Object> article = Events.published(Events.newId(), category, tags("alun-alun"));
        article.put("image", mediaImage(mediaId, "3f9a02c41b", List.of(320, 640, 960, 1280, 1600, 2048)));
        Map<String, Object> external = Events.published(Events.newId(), category, tags("alun-alun"));
        events.send(article);
        events.send(external);
        String timeline = "/api/feed/categories/" + category;
        await().atMost(20, SECONDS).until(() -> ids(getJson(timeline)).size() == 2);

        JsonNode items = getJson(timeline).get("items"); // newest first: the external picture, then the media
        assertThat(items.get(0).get("image").has("mediaId")).as("an external picture answers as before").isFalse();
        assertThat(items.get(0).get("image").has("widths")).isFalse();
        assertMediaImage(items.get(1).get("image"), mediaId, "3f9a02c41b");
        assertMediaImage(getJson("/api/articles/" + article.get("slug")).get("image"), mediaId, "3f9a02c41b");

        String jpeg = PATTERN.formatted(mediaId, "3f9a02c41b").replace("{variant}.{format}", "w1280.jpg");
        String rss = get("/feeds/categories/" + category + "/rss.xml").body();
        assertThat(rss).contains("<enclosure url=\"" + jpeg + "\"").contains("type=\"image/jpeg\"");
        assertThat(get("/feeds/categories/" + category + "/atom.xml").body()).contains("href=\"" + jpeg + "\"");
        assertThat(getJson("/feeds/categories/" + category + "/feed.json").get("items").get(1).get("image")
                .asString()).isEqualTo(jpeg);
    }

    @Test
    void aNewRevOfTheMediaChangesTheStrongEtagAndAnUnchangedPage304s() {
        String mediaId = Events.newId();
        Map<String, Object> article = Events.published(Events.newId(), "wisata", tags("situ"));
        article.put("image", mediaImage(mediaId, "aaaaaaaaaa", List.of(320, 640, 960, 1280)));
        events.send(article);
        String page = "/api/articles/" + article.get("slug");
        await().atMost(20, SECONDS).until(() -> get(page).statusCode() == 200);
        HttpResponse<String> first = get(page);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        assertThat(get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);

        Map<String, Object> refocused = Events.next(article, "edited",
                Map.of("image", mediaImage(mediaId, "bbbbbbbbbb", List.of(320, 640, 960, 1280))));
        events.send(refocused);

        await().atMost(20, SECONDS).until(() -> get(page, "If-None-Match", etag).statusCode() == 200);
        HttpResponse<String> changed = get(page);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertMediaImage(JSON.readTree(changed.body()).get("image"), mediaId, "bbbbbbbbbb");
    }

    private static void assertMediaImage(JsonNode image, String mediaId, String rev) {
        String pattern = PATTERN.formatted(mediaId, rev);
        assertThat(image.get("mediaId").asString()).isEqualTo(mediaId);
        assertThat(image.get("url").asString()).isEqualTo(pattern.replace("{variant}.{format}", "w1280.jpg"));
        assertThat(image.get("urlPattern").asString()).isEqualTo(pattern);
        assertThat(image.get("alt").asString()).isEqualTo("Warga duduk di rumput alun-alun");
        assertThat(image.get("caption").asString()).isEqualTo("Warga bersantai di alun-alun");
        assertThat(image.get("credit").asString()).isEqualTo("Foto: Redaksi");
        assertThat(image.get("width").asInt()).isEqualTo(3000);
        assertThat(image.get("height").asInt()).isEqualTo(2000);
        assertThat(image.get("widths").get(0).asInt()).isEqualTo(320);
    }
}
