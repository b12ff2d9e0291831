package id.newsroom.media.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.newsroom.media.support.Api;
import id.newsroom.media.support.Images;
import id.newsroom.media.support.ItBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** After the upload: dedup, describing, a new focal point, caching headers, what is never served, who may do what. */
class MediaLifecycleIT extends ItBase {

    @Test
    void theSameBytesTwiceAreOneMedia() {
        byte[] png = fixture("plain.png");
        Api.Answer first = writer().upload("one.png", png, "image/png", Map.of());
        Api.Answer second = editor().upload("two.png", png, "image/png", Map.of("alt", "another name"));
        assertThat(first.status()).isIn(200, 201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    }

    @Test
    void aNewFocalPointIsANewRevisionAndTheOldUrlsKeepServing() {
        Api.Answer uploaded = writer().upload("wide.webp", fixture("photo.webp"), "image/webp", Map.of());
        // The same bytes may have come first from another test (one context): start from its current state.
        JsonNode media = writer().get("/api/media/" + uploaded.json().path("id").asString()).json();
        String id = media.path("id").asString();
        String oldOg = media.path("variants").path("og").path("jpg").asString();
        String oldW640 = media.path("variants").path("w640").path("webp").asString();
        byte[] oldThumb = anonymous().getUrl(media.path("variants").path("thumb").path("jpg").asString()).bytes();

        Api.Answer patched = editor().patchJson("/api/media/" + id,
                "{\"alt\":\"Pantai\",\"focalPoint\":{\"x\":0.05,\"y\":0.5}}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode next = patched.json();
        assertThat(next.path("version").asLong()).isEqualTo(media.path("version").asLong() + 1);
        assertThat(next.path("alt").asString()).isEqualTo("Pantai");
        assertThat(next.path("focalPoint").path("x").asDouble()).isEqualTo(0.05);
        assertThat(next.path("revision").asString()).isNotEqualTo(media.path("revision").asString());
        String newOg = next.path("variants").path("og").path("jpg").asString();
        assertThat(newOg).isNotEqualTo(oldOg);
        for (String url : new String[]{oldOg, oldW640, newOg,
                next.path("variants").path("w640").path("webp").asString()}) {
            assertThat(anonymous().getUrl(url).status()).as(url).isEqualTo(200);
        }
        // 800 x 500 cut to a square at the left edge: a different picture from the centred thumbnail.
        byte[] newThumb = anonymous().getUrl(next.path("variants").path("thumb").path("jpg").asString()).bytes();
        assertThat(Images.header(newThumb).width()).isEqualTo(240);
        assertThat(newThumb).isNotEqualTo(oldThumb);

        Api.Answer textOnly = writer().patchJson("/api/media/" + id, "{\"caption\":\"Pantai Anyer\"}");
        assertThat(textOnly.json().path("revision").asString()).isEqualTo(next.path("revision").asString());
        assertThat(textOnly.json().path("alt").asString()).isEqualTo("Pantai");
        assertThat(writer().get("/api/media/" + id).json().path("caption").asString()).isEqualTo("Pantai Anyer");
    }

    @Test
    void variantsAreCachedForeverAndAnsweredNotModified() {
        JsonNode media = writer().upload("a.gif", fixture("animated.gif"), "image/gif", Map.of()).json();
        String url = media.path("variants").path("og").path("webp").asString();
        Api.Answer first = anonymous().getUrl(url);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        Api.Answer again = anonymous().get(java.net.URI.create(url).getPath(), "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(again.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    }

    @Test
    void whatIsNotAVariantIsA404ProblemAndTheOriginalIsNeverServed() {
        JsonNode media = writer().upload("c.jpg", fixture("cmyk.jpg"), "image/jpeg", Map.of()).json();
        String base = "/media/" + media.path("id").asString() + "/" + media.path("revision").asString() + "/";
        for (String path : new String[]{base + "w9999.jpg", base + "og.png", base + "original.jpg", base + "og",
                base + "w1280.jpg", // 500 wide: no 1280 variant was made
                "/media/" + media.path("id").asString() + "/0123456789/og.jpg", "/media/nope/abc/og.jpg"}) {
            Api.Answer answer = anonymous().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(anonymous().get("/originals/" + media.path("sha256").asString()).status()).isIn(401, 404);
        assertThat(editor().get("/originals/" + media.path("sha256").asString()).status()).isEqualTo(404);
        assertThat(editor().get("/api/media/does-not-exist").status()).isEqualTo(404);
    }

    @Test
    void onlyWritersAndEditorsUseTheApi() {
        Api.Answer anonymousUpload = anonymous().upload("p.png", fixture("plain.png"), "image/png", Map.of());
        assertThat(anonymousUpload.status()).isEqualTo(401);
        assertThat(anonymousUpload.contentType()).startsWith("application/problem+json");
        assertThat(anonymous().get("/api/media").status()).isEqualTo(401);
        assertThat(new Api(port, "writer", "wrong").get("/api/media").status()).isEqualTo(401);
        assertThat(writer().get("/api/media?limit=2").status()).isEqualTo(200);
    }

    @Test
    void theMediaMetersAreScraped() {
        writer().upload("m.png", fixture("plain.png"), "image/png", Map.of());
        writer().upload("bad.svg", fixture("drawing.svg"), "image/svg+xml", Map.of());
        String scrape = anonymous().get("/actuator/prometheus").body();
        for (String name : new String[]{"news_media_uploads_total{", "outcome=\"rejected\"",
                "news_media_upload_bytes_count", "news_media_processing_seconds_bucket",
                "news_media_rejects_total{", "reason=\"svg\"", "news_media_processing_queue",
                "news_media_outbox_pending_events", "news_media_outbox_oldest_pending_age_seconds",
                "news_media_variants_pending", "news_media_variants_made_total{"}) {
            assertThat(scrape).as(name).contains(name);
        }
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").body()).contains("/api/media/imports");
    }

    @Test
    void theActuatorsOtherEndpointsAreTheOperatorsAndOperatorsUploadNothing() {
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(writer().get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(editor().get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(operator().get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(operator().upload("o.png", fixture("plain.png"), "image/png", Map.of()).status()).isEqualTo(403);
        assertThat(editor().get("/actuator/health").json().has("components")).as("editors see health details")
                .isTrue();
    }

    @Test
    void theListingIsNewestFirstPageByPage() {
        writer().upload("l1.png", fixture("plain.png"), "image/png", Map.of());
        writer().upload("l2.jpg", fixture("icc-profiled.jpg"), "image/jpeg", Map.of());
        JsonNode page1 = editor().get("/api/media?limit=1").json();
        assertThat(page1.path("items").size()).isEqualTo(1);
        String cursor = page1.path("nextCursor").asString();
        JsonNode page2 = editor().get("/api/media?limit=1&cursor=" + cursor).json();
        assertThat(page2.path("items").get(0).path("id").asString()).isLessThan(cursor);
        assertThat(editor().get("/api/media?limit=0").status()).isEqualTo(400);
    }
}
