package id.newsroom.media.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.support.Api;
import id.newsroom.media.support.ItBase;
import id.newsroom.media.support.Images;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Uploads over real HTTP: refusals store nothing, accepted pictures get every variant (made on first request),
 * stripped and upright.
 */
class MediaApiIT extends ItBase {

    @Autowired
    MediaCatalog catalog;

    record Bad(String file, byte[] bytes, String declared, int status, String detail) {}

    @Test
    void everyBadPictureIsRefusedWithItsProblemAndNothingIsStored() {
        byte[] overFile = new byte[25 * 1024 * 1024 + 10];
        System.arraycopy(fixture("plain.png"), 0, overFile, 0, fixture("plain.png").length);
        List<Bad> bad = List.of(
                new Bad("photo.jpg", fixture("not-an-image.jpg"), "image/jpeg", 415, "not a JPEG, PNG, WebP or GIF"),
                new Bad("logo.png", fixture("drawing.svg"), "image/png", 415, "SVG is not accepted"),
                new Bad("photo.heic", fixture("photo.heic"), "image/heic", 415, "send JPEG, PNG, WebP or GIF"),
                new Bad("photo.avif", fixture("photo.avif"), "image/avif", 415, "send JPEG, PNG, WebP or GIF"),
                new Bad("bomb.png", fixture("bomb-20000.png"), "image/png", 422, "20000 x 20000 pixels"),
                new Bad("bomb.jpg", fixture("bomb-20000.jpg"), "image/jpeg", 422, "the limit is 50000000 pixels"),
                new Bad("cut.jpg", fixture("truncated.jpg"), "image/jpeg", 422, "Premature end"),
                new Bad("bogus.jpg", corruptJpeg(), "image/jpeg", 422, "Bogus Huffman table"),
                new Bad("over.png", overFile, "image/png", 413, "25 MB"));
        long blobs = blobCount();
        long documents = catalog.count();
        for (Bad b : bad) {
            Api.Answer answer = writer().upload(b.file(), b.bytes(), b.declared(), Map.of("alt", "x"));
            assertThat(answer.status()).as(b.file() + ": " + answer.body()).isEqualTo(b.status());
            assertThat(answer.contentType()).as(b.file()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString()).as(b.file()).contains(b.detail());
            assertThat(blobCount()).as(b.file() + " stored no blob").isEqualTo(blobs);
            assertThat(blobsOf(sha256(b.bytes()))).as(b.file() + " stored no blob").isEmpty();
            assertThat(catalog.count()).as(b.file() + " stored no document").isEqualTo(documents);
        }
        // Over the 26 MB body limit by its Content-Length: refused before a byte of the body is read.
        String answer = writer().announceUpload(27L * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("the limit is 27262976 bytes");
        assertThat(blobCount()).isEqualTo(blobs);
    }

    @Test
    void aPhotoIsStoredUprightWithEveryVariantStrippedOfItsMetadata() {
        Api.Answer created = writer().upload("a.jpg", fixture("exif-gps-orient6.jpg"), "image/jpeg",
                Map.of("alt", "Pelatihan UMKM", "caption", "Suasana pelatihan", "credit", "Foto: Humas"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode media = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/media/" + media.path("id").asString());
        // 600 x 400 stored with Orientation 6: upright it is 400 x 600.
        assertThat(media.path("width").asInt()).isEqualTo(400);
        assertThat(media.path("height").asInt()).isEqualTo(600);
        assertThat(media.path("format").asString()).isEqualTo("jpeg");
        assertThat(media.path("alt").asString()).isEqualTo("Pelatihan UMKM");
        assertThat(media.path("widths").toString()).isEqualTo("[320]");
        assertThat(media.path("revision").asString()).matches("[0-9a-f]{10}");
        assertThat(media.path("urlPattern").asString()).endsWith("/" + media.path("revision").asString()
                + "/{variant}.{format}");
        Map<String, int[]> sizes = Map.of("w320", new int[]{320, 480}, "og", new int[]{400, 210}, "16x9",
                new int[]{400, 225}, "4x3", new int[]{400, 300}, "1x1", new int[]{400, 400}, "thumb",
                new int[]{240, 240});
        assertThat(fieldNames(media.path("variants"))).containsExactlyInAnyOrderElementsOf(sizes.keySet());
        sizes.forEach((variant, size) -> {
            for (String format : List.of("jpg", "webp")) {
                Api.Answer v = anonymous().getUrl(media.path("variants").path(variant).path(format).asString());
                assertThat(v.status()).as(variant + "." + format).isEqualTo(200);
                assertThat(v.contentType()).isEqualTo(format.equals("jpg") ? "image/jpeg" : "image/webp");
                assertThat(v.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
                assertThat(Images.header(v.bytes()).width()).as(variant + "." + format).isEqualTo(size[0]);
                assertThat(Images.header(v.bytes()).height()).as(variant + "." + format).isEqualTo(size[1]);
                assertThat(Images.metadata(v.bytes())).as(variant + "." + format + " metadata").isEmpty();
                if (format.equals("jpg")) {
                    assertThat(Images.progressive(v.bytes())).as(variant + " progressive").isTrue();
                }
            }
        });
    }

    @Test
    void everyAcceptedKindOfPictureGetsItsVariants() {
        Map<String, String> formats = Map.of("cmyk.jpg", "jpeg", "icc-profiled.jpg", "jpeg", "animated.gif", "gif",
                "plain.png", "png", "photo.webp", "webp");
        formats.forEach((file, format) -> {
            Api.Answer created = editor().upload(file, fixture(file), "application/octet-stream", Map.of());
            assertThat(created.status()).as(file + ": " + created.body()).isIn(200, 201);
            assertThat(created.json().path("format").asString()).isEqualTo(format);
            for (String f : List.of("jpg", "webp")) {
                Api.Answer v = anonymous().getUrl(created.json().path("variants").path("w320").path(f).asString());
                assertThat(v.status()).isEqualTo(200);
                assertThat(Images.metadata(v.bytes())).as(file + " w320." + f).isEmpty();
                // Never upscaled: an original narrower than 320 gives a w320 of its own width.
                assertThat(Images.header(v.bytes()).width())
                        .isEqualTo(Math.min(320, created.json().path("width").asInt()));
            }
        });
    }

    @Test
    void aCmykPhotoIsConvertedToSrgbColours() throws java.io.IOException {
        // cmyk.jpg is a CMYK gradient from green (top) to yellow (bottom), as ImageMagick wrote it.
        Api.Answer created = writer().upload("cmyk.jpg", fixture("cmyk.jpg"), "image/jpeg", Map.of());
        byte[] jpg = anonymous().getUrl(created.json().path("variants").path("w320").path("jpg").asString()).bytes();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpg));
        java.awt.Color top = new java.awt.Color(image.getRGB(160, 2));
        java.awt.Color bottom = new java.awt.Color(image.getRGB(160, image.getHeight() - 3));
        // Through libvips' CMYK profile, not ImageMagick's naive formula: green dominant, not exact (0, 128, 0).
        assertThat(top.getGreen()).as("top " + top).isGreaterThan(top.getRed() + 50)
                .isGreaterThan(top.getBlue() + 30);
        assertThat(bottom.getRed()).as("bottom " + bottom).isGreaterThan(200);
        assertThat(bottom.getGreen()).as("bottom " + bottom).isGreaterThan(200);
        assertThat(bottom.getBlue()).as("bottom " + bottom).isLessThan(90);
    }

    /**
     * A JPEG whose header (SOF: 300 x 200) reads fine but whose Huffman table is garbage: only the decode into the
     * master finds out, so that decode has to stay on the upload's path.
     */
    static byte[] corruptJpeg() {
        byte[] jpeg = fixture("icc-profiled.jpg");
        int sof = 2;
        while (!((jpeg[sof] & 0xFF) == 0xFF && ((jpeg[sof + 1] & 0xFF) == 0xC0 || (jpeg[sof + 1] & 0xFF) == 0xC2))) {
            sof++;
        }
        int end = sof + 2 + ((jpeg[sof + 2] & 0xFF) << 8 | (jpeg[sof + 3] & 0xFF));
        byte[] garbage = new byte[3000];
        new java.util.Random(1).nextBytes(garbage);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, end);
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC4, 0x00, 0x20});
        out.writeBytes(garbage);
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
