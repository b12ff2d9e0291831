package id.newsroom.feed.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDecoderTest {

    private final EventDecoder decoder = new EventDecoder(JsonMapper.builder().build());

    private static final String VALID = """
            {"articleId":"0193a","version":3,"change":"edited","status":"PUBLISHED","slug":"pemkot-beri-pelatihan",
             "title":"Pemkot beri pelatihan","summary":"Ringkas","body":"<p>Isi</p>",
             "category":{"slug":"pemerintahan","name":"Pemerintahan"},"tags":["umkm"],
             "author":{"id":"u1","name":"Redaksi"},"image":null,"publishedAt":"2026-11-01T02:00:00Z",
             "updatedAt":"2026-11-02T03:00:00.123456Z","scheduledAt":null,"somethingNew":{"x":1}}
            """;

    @Test
    void readsTheContractAndIgnoresUnknownFields() {
        IncomingEvent e = decoder.decode(bytes(VALID), "news.article.updated", "0193a", "ce-1",
                "2026-11-02T03:00:01+07:00");
        assertThat(e.data().version()).isEqualTo(3);
        assertThat(e.data().category().slug()).isEqualTo("pemerintahan");
        assertThat(e.ceTime()).isEqualTo(Instant.parse("2026-11-01T20:00:01Z"));
    }

    @Test
    void badCeTimeFallsBackToUpdatedAt() {
        assertThat(decoder.decode(bytes(VALID), null, null, null, "yesterday").ceTime())
                .isEqualTo(Instant.parse("2026-11-02T03:00:00.123456Z"));
    }

    @Test
    void rejectsPoison() {
        assertPoison("{not json", "not JSON");
        assertPoison("", "no value");
        assertPoison(VALID.replace("\"version\":3", "\"version\":0"), "version");
        assertPoison(VALID.replace("\"status\":\"PUBLISHED\"", "\"status\":\"LIVE\""), "status");
        assertPoison(VALID.replace("pemkot-beri-pelatihan", "Not A Slug"), "slug");
        assertPoison(VALID.replace("\"publishedAt\":\"2026-11-01T02:00:00Z\"", "\"publishedAt\":null"), "publishedAt");
        assertPoison(VALID.replace("\"tags\":[\"umkm\"]", "\"tags\":\"umkm\""), "/tags");
        assertThatThrownBy(() -> decoder.decode(bytes(VALID), "news.article.exploded", null, null, null))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_type");
        assertThatThrownBy(() -> decoder.decode(bytes(VALID), null, "other-id", null, null))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_subject");
    }

    @Test
    void poisonIsRecognisedThroughWrappers() {
        assertThat(DeadLetterConfig.isPoison(new RuntimeException(new IllegalStateException(
                new PoisonEventException("x"))))).isTrue();
        assertThat(DeadLetterConfig.isPoison(new RuntimeException("mongo down"))).isFalse();
    }

    private void assertPoison(String json, String message) {
        assertThatThrownBy(() -> decoder.decode(bytes(json))).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining(message);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
