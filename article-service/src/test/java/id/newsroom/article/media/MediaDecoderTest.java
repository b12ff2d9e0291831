package id.newsroom.article.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consumer's side of contracts/media-event.schema.json: every example media-service's contract gives is read
 * with the fields an image needs, and what is not a media event at all is poison, never a crash.
 */
class MediaDecoderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MediaDecoder decoder = new MediaDecoder();

    @Test
    void everyExampleOfTheMediaContractIsRead() throws Exception {
        JsonNode schema = JSON.readTree(Files.readString(Path.of("../contracts/media-event.schema.json")));
        assertThat(schema.get("examples").size()).isPositive();
        for (JsonNode example : schema.get("examples")) {
            MediaDecoder.Decoded d = decoder.decode(JSON.writeValueAsBytes(example), "news.media.updated",
                    example.get("mediaId").asString());
            assertThat(d.deleted()).isFalse();
            assertThat(d.event().version()).isEqualTo(example.get("version").asLong());
            assertThat(d.event().widths()).hasSize(example.get("widths").size());
            assertThat(d.event().urlPattern()).isEqualTo(example.get("urlPattern").asString());
        }
    }

    @Test
    void whatIsNotAMediaEventIsPoison() {
        for (String value : List.of("", "{not json", "[1,2]", "42", "null", "\"text\"", "{\"version\": 1}",
                "{\"mediaId\": \"m\", \"version\": 0}", "{\"mediaId\": \"m\", \"version\": 1, \"width\": 10}")) {
            assertThatThrownBy(() -> decoder.decode(value.getBytes(StandardCharsets.UTF_8), "news.media.created",
                    null)).as(value).isInstanceOf(PoisonMediaException.class);
        }
        assertThatThrownBy(() -> decoder.decode("{}".getBytes(StandardCharsets.UTF_8), "news.article.created", null))
                .isInstanceOf(PoisonMediaException.class);
        assertThat(decoder.decode("{\"mediaId\": \"m\", \"version\": 2}".getBytes(StandardCharsets.UTF_8),
                "news.media.deleted", "m").deleted()).isTrue();
    }
}
