package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.imports.ImportProperties;
import id.newsroom.article.security.CurrentStaffMember;
import id.newsroom.article.security.Role;
import id.newsroom.article.security.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The editors' API in a web slice: status codes and problem+json, with the workflow stubbed (no Kafka, no MongoDB). */
@WebMvcTest(ArticleController.class)
@AutoConfigureMockMvc(addFilters = false) // authentication has its own tests (PermissionMatrixIT)
class ArticleControllerTest {

    private static final String VALID = """
            {"title": "Pemkot Tangerang Resmikan Taman", "body": "<p>Isi</p>", "category": "pemerintahan"}""";

    @TestConfiguration
    @EnableConfigurationProperties({ArticleProperties.class, ImportProperties.class})
    static class Properties {}

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ArticleWorkflow workflow;
    @MockitoBean
    Categories categories;
    @MockitoBean
    CurrentStaffMember currentStaffMember;

    private final Article article = new Article("0193a1b2-0000-7000-8000-000000000001", 3, Status.DRAFT,
            "pemkot-tangerang-resmikan-taman", "Pemkot Tangerang Resmikan Taman", "", "<p>Isi</p>",
            new Article.Category("pemerintahan", "Pemerintahan"), List.of(), new Article.Author("editor", "Redaksi"),
            null, null, Instant.parse("2026-11-29T01:00:00Z"), null, Instant.parse("2026-11-29T01:00:00Z"));

    @BeforeEach
    void editor() {
        given(currentStaffMember.get()).willReturn(new StaffMember("editor", "Redaksi", Role.EDITOR));
    }

    @Test
    void createAnswers201WithLocationAndEtag() {
        given(workflow.create(any(), any())).willReturn(new ArticleView(article, null, 0, null, null));
        MvcTestResult r = mvc.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON).content(VALID)
                .exchange();
        assertThat(r).hasStatus(201).hasHeader("ETag", "\"3\"")
                .hasHeader("Location", "/api/articles/" + article.id());
        assertThat(r).bodyJson().extractingPath("$.slug").isEqualTo(article.slug());
    }

    @Test
    void everyInvalidFieldIsListed() {
        MvcTestResult r = mvc.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"abc\", \"category\": \"\"}").exchange();
        assertProblem(r, 400, "validation");
        assertThat(r).bodyJson().extractingPath("$.errors[*].field").asArray().contains("body", "category", "title");
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        MvcTestResult r = mvc.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Judul yang cukup\", \"body\": \"x\", \"category\": \"bisnis\", \"penulis\": 1}")
                .exchange();
        assertProblem(r, 400, "validation");
        assertThat(r).bodyJson().extractingPath("$.detail").asString().contains("unknown field 'penulis'");
    }

    @Test
    void anEditWithoutIfMatchIs428AndAStaleOneIs412() {
        assertProblem(mvc.put().uri("/api/articles/{id}", article.id()).contentType(MediaType.APPLICATION_JSON)
                .content(VALID).exchange(), 428, "if-match-required");
        given(workflow.update(eq(article.id()), any(), any(), any(), any())).willThrow(ArticleProblems.stale(2, 3));
        MvcTestResult stale = mvc.put().uri("/api/articles/{id}", article.id()).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(VALID).exchange();
        assertProblem(stale, 412, "stale-version");
        assertThat(stale).bodyJson().extractingPath("$.currentVersion").isEqualTo(3);
    }

    @Test
    void anUnknownArticleIs404() {
        given(workflow.get("nope")).willThrow(ArticleProblems.notFound("nope"));
        assertProblem(mvc.get().uri("/api/articles/nope").exchange(), 404, "not-found");
    }

    @Test
    void listParametersAreChecked() {
        given(categories.find("olahraga")).willReturn(Optional.empty());
        assertProblem(mvc.get().uri("/api/articles?limit=0").exchange(), 400, "validation");
        assertProblem(mvc.get().uri("/api/articles?limit=lima").exchange(), 400, "validation");
        assertProblem(mvc.get().uri("/api/articles?status=LIVE").exchange(), 400, "validation");
        assertProblem(mvc.get().uri("/api/articles?category=olahraga").exchange(), 400, "validation");
        assertProblem(mvc.get().uri("/api/articles?cursor=%%%").exchange(), 400, "validation");
    }

    private static void assertProblem(MvcTestResult r, int status, String type) {
        assertThat(r).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(r).bodyJson().extractingPath("$.type").isEqualTo("https://newsroom.id/problems/" + type);
        assertThat(r).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }
}
