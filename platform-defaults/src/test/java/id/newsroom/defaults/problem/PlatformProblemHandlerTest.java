package id.newsroom.defaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every client mistake a service can make answers 4xx problem+json with a detail that says what to fix. */
@WebMvcTest(PlatformProblemHandlerTest.Samples.class)
@Import(PlatformProblemHandlerTest.Samples.class)
class PlatformProblemHandlerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        MvcTestResult r = mvc.post().uri("/samples").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Judul").exchange();
        assertProblem(r, 400, "Malformed JSON");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndWhatItShouldBe() {
        MvcTestResult r = mvc.post().uri("/samples").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Judul\", \"at\": \"kemarin\", \"tags\": []}").exchange();
        assertProblem(r, 400, "at: value 'kemarin' is not an ISO-8601 instant");
        assertThat(r).bodyJson().extractingPath("$.errors[0].field").isEqualTo("at");
        assertThat(r).bodyJson().extractingPath("$.type").isEqualTo("https://newsroom.id/problems/validation");
    }

    @Test
    void anArrayWhereAnObjectBelongsIsABadRequest() {
        assertProblem(mvc.post().uri("/samples").contentType(MediaType.APPLICATION_JSON).content("[1, 2]").exchange(),
                400, "must be a JSON object");
    }

    @Test
    void beanValidationListsEveryOffendingField() {
        MvcTestResult r = mvc.post().uri("/samples").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"\", \"tags\": [\"a\", \"b\", \"c\", \"d\"]}").exchange();
        assertProblem(r, 400, "tags: ");
        assertThat(r).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("tags", "title");
    }

    @Test
    void parametersThatAreMissingOfTheWrongTypeOrOutOfRangeAre400() {
        assertProblem(mvc.get().uri("/samples").exchange(), 400, "'limit'");
        assertProblem(mvc.get().uri("/samples?limit=abc").exchange(), 400, "limit: 'abc' is not a valid int");
        assertProblem(mvc.get().uri("/samples?limit=500").exchange(), 400, "limit: ");
    }

    @Test
    void wrongMethodMediaTypeAndPathAnswerTheirOwn4xx() {
        assertProblem(mvc.delete().uri("/samples").exchange(), 405, "DELETE");
        assertProblem(mvc.post().uri("/samples").contentType(MediaType.TEXT_PLAIN).content("x").exchange(), 415,
                "text/plain");
        assertProblem(mvc.get().uri("/nowhere").exchange(), 404, "nowhere");
    }

    @Test
    void aServicesOwnProblemKeepsItsStatusTypeAndExtensions() {
        MvcTestResult r = mvc.get().uri("/samples/gone").exchange();
        assertProblem(r, 410, "taken down");
        assertThat(r).bodyJson().extractingPath("$.type").isEqualTo("https://newsroom.id/problems/gone");
        assertThat(r).bodyJson().extractingPath("$.slug").isEqualTo("berita-lama");
        assertThat(r).bodyJson().extractingPath("$.instance").isEqualTo("/samples/gone");
    }

    private static void assertProblem(MvcTestResult r, int status, String detailPart) {
        assertThat(r).hasStatus(status);
        assertThat(r).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(r).bodyJson().extractingPath("$.detail").asString().contains(detailPart);
    }

    record Sample(@NotBlank String title, Instant at, @Size(max = 3) List<String> tags) {}

    @RestController
    static class Samples {

        @PostMapping("/samples")
        Sample create(@Valid @RequestBody Sample sample) {
            return sample;
        }

        @GetMapping("/samples")
        List<Sample> list(@RequestParam @Max(100) int limit) {
            return List.of();
        }

        @GetMapping("/samples/gone")
        Sample gone() {
            throw new ClientProblem(HttpStatus.GONE, "gone", "Gone", "The article has been taken down.")
                    .with("slug", "berita-lama");
        }
    }

    @SpringBootApplication
    static class App {}
}
