package id.newsroom.defaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class JsonBodyProblemsTest {

    enum Status {
        DRAFT, PUBLISHED
    }

    record Line(String title, Status status, Instant at, List<String> tags, Image image) {}

    record Image(String url) {}

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private String detailOf(String document) {
        try {
            json.readValue(document, Line.class);
        } catch (JacksonException e) {
            return JsonBodyProblems.describe(e).getBody().getDetail();
        }
        throw new AssertionError("expected " + document + " to be rejected");
    }

    @Test
    void namesTheFieldByItsPathAndSaysWhatItShouldBe() {
        assertThat(detailOf("{\"status\": \"LIVE\"}")).isEqualTo("status: value 'LIVE' is not one of DRAFT, PUBLISHED");
        assertThat(detailOf("{\"image\": {\"url\": \"x\", \"size\": 3}}"))
                .startsWith("image.size: unknown field 'size'");
        assertThat(detailOf("{\"tags\": \"banjir\"}")).isEqualTo("tags: wrong type: expected an array");
        assertThat(detailOf("{\"image\": 3}")).isEqualTo("image: wrong type: expected an object");
    }

    @Test
    void aBrokenDocumentIsMalformedJson() {
        assertThat(detailOf("{\"title\": ")).startsWith("Malformed JSON: ");
        assertThat(detailOf("[]")).isEqualTo("The request body must be a JSON object.");
    }
}
