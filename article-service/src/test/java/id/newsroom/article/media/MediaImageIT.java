package id.newsroom.article.media;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.editing.Ids;
import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import id.newsroom.article.support.MediaTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Media events in, article images out: article-service learns media from news.media.v1 (played here by a plain
 * producer) and fills an article's image from what it learnt, without ever calling media-service.
 */
class MediaImageIT extends ItBase {

    private static final List<Integer> ALL_WIDTHS = List.of(320, 640, 960, 1280, 1600, 2048);
    private static final MediaTopic MEDIA = new MediaTopic();

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Autowired
    MediaReplica replica;

    @Autowired
    ArticleStore store;

    @AfterAll
    static void closeProducer() {
        MEDIA.close();
    }

    @Test
    void anArticleNamingAMediaCarriesTheWholeImageInItsAnswerEventAndRevisions() {
        String mediaId = known(MediaTopic.media(Ids.uuidV7(), 1, "Keterangan dari media", ALL_WIDTHS));
        Map<String, Object> request = Api.article("Taman Kota Cipondoh Diresmikan Wali Kota", "pemerintahan");
        request.put("image", Map.of("mediaId", mediaId, "caption", "Keterangan <b>redaksi</b>"));

        Api.Response created = editor().post("/api/articles", request);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String pattern = "http://127.0.0.1:8084/media/" + mediaId + "/3f9a02c41b/{variant}.{format}";
        JsonNode image = created.json().get("image");
        assertWholeImage(image, mediaId, pattern);
        assertWholeImage(editor().get("/api/articles/" + created.json().get("id").asString()).json().get("image"),
                mediaId, pattern);

        String articleId = created.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.forArticle(articleId).isEmpty());
        EventCollector.Event event = events.forArticle(articleId).get(0);
        assertThat(EventSchema.violations(event.value())).as(event.value()).isEmpty();
        assertWholeImage(event.data().get("image"), mediaId, pattern);

        Map<String, Object> external = Api.article("Taman Kota Cipondoh Diresmikan Wali Kota", "pemerintahan");
        assertThat(editor().put("/api/articles/" + articleId, external, "\"1\"").status()).isEqualTo(200);
        JsonNode revisions = editor().get("/api/articles/" + articleId + "/revisions").json().get("items");
        assertThat(revisions.get(1).get("fields").toString()).isEqualTo("[\"image\"]");
        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(articleId).size() == 2);
        JsonNode externalImage = events.forArticle(articleId).get(1).data().get("image");
        assertThat(externalImage.has("mediaId")).as("an external picture has no media fields").isFalse();
        assertThat(externalImage.get("url").asString()).isEqualTo("https://cdn.newsroom.id/foto/contoh.jpg");
    }

    private static void assertWholeImage(JsonNode image, String mediaId, String pattern) {
        assertThat(image.get("mediaId").asString()).isEqualTo(mediaId);
        assertThat(image.get("url").asString()).isEqualTo(pattern.replace("{variant}.{format}", "w1280.jpg"));
        assertThat(image.get("urlPattern").asString()).isEqualTo(pattern);
        assertThat(image.get("caption").asString()).as("the request's caption wins").isEqualTo("Keterangan redaksi");
        assertThat(image.get("credit").asString()).as("the media's credit by default").isEqualTo("Foto: Humas");
        assertThat(image.get("alt").asString()).isEqualTo("Warga di taman kota");
        assertThat(image.get("width").asInt()).isEqualTo(3000);
        assertThat(image.get("height").asInt()).isEqualTo(2000);
        assertThat(image.get("widths").toString()).isEqualTo("[320,640,960,1280,1600,2048]");
    }

    @Test
    void aSmallMediaIsShownAtItsLargestWidthAndTheRequestsAltWins() {
        String mediaId = known(MediaTopic.media(Ids.uuidV7(), 1, "Foto kecil", List.of(320, 640)));
        Map<String, Object> request = Api.article("Foto Kecil Dari Arsip Lama Redaksi", "wisata");
        request.put("image", Map.of("mediaId", mediaId, "alt", "Teks alternatif redaksi"));

        JsonNode image = editor().post("/api/articles", request).json().get("image");

        assertThat(image.get("url").asString()).endsWith("/" + mediaId + "/3f9a02c41b/w640.jpg");
        assertThat(image.get("alt").asString()).isEqualTo("Teks alternatif redaksi");
        assertThat(image.get("caption").asString()).isEqualTo("Foto kecil");
    }

    @Test
    void anUnknownMediaIs422AndAnImageNeedsExactlyOneOfUrlAndMediaId() {
        String unknown = Ids.uuidV7();
        Map<String, Object> request = Api.article("Artikel Dengan Foto Yang Belum Dikenal", "bisnis");
        request.put("image", Map.of("mediaId", unknown));

        Api.Response r = editor().post("/api/articles", request);

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("image.mediaId").contains("unknown media '" + unknown)
                .contains("not yet known");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("image.mediaId");

        request.put("image", Map.of("mediaId", unknown, "url", "https://cdn.newsroom.id/x.jpg"));
        Api.Response both = editor().post("/api/articles", request);
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(both.json().get("detail").asString()).contains("image: give exactly one of url");
        request.put("image", Map.of("caption", "tanpa foto"));
        assertThat(editor().post("/api/articles", request).status()).isEqualTo(400);
    }

    @Test
    void aPoisonMediaRecordIsDeadLetteredAndTheNextOneStillApplies() {
        String poisonId = Ids.uuidV7();
        String poison = "{\"mediaId\": \"" + poisonId + "\", \"version\": \"bukan angka\"";
        MEDIA.send("news.media.created", poisonId, poison);
        String next = known(MediaTopic.media(Ids.uuidV7(), 1, "Sesudah racun", ALL_WIDTHS));

        assertThat(replica.find(next)).isPresent();
        assertThat(replica.find(poisonId)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> MEDIA
                .values("news.media.v1.dlq.article-service", Duration.ofSeconds(2)).contains(poison));
    }

    @Test
    void aNewerVersionReplacesAnOlderOneAndAnOlderOneNeverOverwritesANewerOne() {
        String mediaId = known(MediaTopic.media(Ids.uuidV7(), 1, "Versi satu", ALL_WIDTHS));
        MEDIA.send("news.media.updated", mediaId, MediaTopic.media(mediaId, 3, "Versi tiga", ALL_WIDTHS));
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.find(mediaId).orElseThrow().version() == 3);

        MEDIA.send("news.media.updated", mediaId, MediaTopic.media(mediaId, 2, "Versi dua terlambat", ALL_WIDTHS));
        MEDIA.send("news.media.updated", mediaId, MediaTopic.media(mediaId, 3, "Versi tiga diulang", ALL_WIDTHS));
        known(MediaTopic.media(Ids.uuidV7(), 1, "Penanda", ALL_WIDTHS)); // same partition: applied after both

        assertThat(replica.find(mediaId).orElseThrow().caption()).isEqualTo("Versi tiga");
        Map<String, Object> request = Api.article("Foto Dengan Versi Terbaru Saja", "tokoh");
        request.put("image", Map.of("mediaId", mediaId));
        assertThat(editor().post("/api/articles", request).json().get("image").get("caption").asString())
                .isEqualTo("Versi tiga");

        MEDIA.send("news.media.deleted", mediaId, MediaTopic.media(mediaId, 4, "Dihapus", ALL_WIDTHS));
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.find(mediaId).orElseThrow().deleted());
        Api.Response deleted = editor().post("/api/articles", request);
        assertThat(deleted.status()).isEqualTo(422);
        assertThat(deleted.json().get("detail").asString()).contains("was deleted");
    }

    @Test
    void anImportLineMayNameAMediaAndAnUnknownOneFailsOnlyItsLine() throws Exception {
        String mediaId = known(MediaTopic.media(Ids.uuidV7(), 1, "Foto arsip", ALL_WIDTHS));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String good = "{\"externalId\": \"media-" + run + "-1\", \"slug\": \"foto-media-" + run + "\", \"title\": "
                + "\"Arsip Dengan Foto Media\", \"body\": \"<p>Isi.</p>\", \"category\": \"wisata\", \"status\": "
                + "\"DRAFT\", \"image\": {\"mediaId\": \"" + mediaId + "\", \"credit\": \"Foto: Arsip\"}}";
        String bad = good.replace("media-" + run + "-1", "media-" + run + "-2")
                .replace("foto-media-" + run, "foto-media-lain-" + run).replace(mediaId, "tidak-dikenal-" + run);

        HttpResponse<String> r = importing(good + "\n" + bad + "\n");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Api.JSON.readTree(r.body());
        assertThat(report.get("imported").asInt()).as(r.body()).isEqualTo(1);
        JsonNode failed = report.get("failed").get(0);
        assertThat(failed.get("line").asInt()).isEqualTo(2);
        assertThat(failed.get("problem").get("status").asInt()).isEqualTo(422);
        String id = store.collection().find(eq("slug", "foto-media-" + run)).first().getString("_id");
        JsonNode image = editor().get("/api/articles/" + id).json().get("image");
        assertThat(image.get("mediaId").asString()).isEqualTo(mediaId);
        assertThat(image.get("credit").asString()).isEqualTo("Foto: Arsip");
        assertThat(image.get("width").asInt()).isEqualTo(3000);
    }

    /** Sends a media event and waits until the replica holds it; returns its id. */
    private String known(Map<String, Object> media) {
        String id = (String) media.get("mediaId");
        MEDIA.send("news.media.created", id, media);
        long version = ((Number) media.get("version")).longValue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> replica.find(id).map(m -> m.version() == version).orElse(false));
        return id;
    }

    private HttpResponse<String> importing(String ndjson) throws Exception {
        String auth = Base64.getEncoder().encodeToString("editor:editor-pass".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/imports")).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
