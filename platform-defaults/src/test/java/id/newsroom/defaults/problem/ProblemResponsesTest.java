package id.newsroom.defaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A filter's or an entry point's problem looks like the MVC ones, and a quote in the path cannot break the JSON. */
class ProblemResponsesTest {

    @Test
    void writesTheProblemAsEscapedProblemJson() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles/\"x\"");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemResponses.write(request, response,
                ClientProblem.tooLarge("The request has 9 bytes; the limit is 8 bytes.")
                        .with("limit", 8).getBody());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.get("type").asString()).isEqualTo("https://newsroom.id/problems/too-large");
        assertThat(body.get("detail").asString()).isEqualTo("The request has 9 bytes; the limit is 8 bytes.");
        assertThat(body.get("instance").asString()).isEqualTo("/api/articles/\"x\"");
        assertThat(body.get("limit").asInt()).isEqualTo(8);
    }
}
