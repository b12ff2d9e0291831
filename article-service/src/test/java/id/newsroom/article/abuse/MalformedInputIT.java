package id.newsroom.article.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import id.newsroom.infra.fuzz.Endpoint;
import id.newsroom.infra.fuzz.FuzzReport;
import id.newsroom.infra.fuzz.MalformedRequests;
import org.junit.jupiter.api.Test;

/**
 * 1,000 malformed requests (fixed seed) to every operation of the OpenAPI document, as an editor: no 5xx, every
 * refusal problem+json.
 */
class MalformedInputIT extends ItBase {

    @Test
    void everyEndpointAnswersMalformedRequestsWithA4xxProblem() {
        List<Endpoint> endpoints = Endpoint.fromOpenApi(anonymous().get("/v3/api-docs").json());
        assertThat(endpoints).extracting(Endpoint::toString).contains("POST /api/articles",
                "PUT /api/articles/{id}", "POST /api/articles/{id}/schedule", "GET /api/categories");
        String id = editor().post("/api/articles", Api.article("Artikel sasaran uji masukan rusak", "bisnis"))
                .json().path("id").asString();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString("editor:editor-pass".getBytes(StandardCharsets.UTF_8));
        MalformedRequests generator = new MalformedRequests(11L, Map.of("id", List.of(id), "category",
                List.of("bisnis"), "status", List.of("DRAFT", "PUBLISHED"), "limit", List.of("10")),
                Map.of("Authorization", auth));

        FuzzReport.fuzzEveryEndpoint("MalformedInputIT", port, endpoints, generator,
                Integer.getInteger("fuzz.requests", 500),
                FuzzReport::problemJsonOn4xx);
    }
}
