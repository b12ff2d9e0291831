package id.newsroom.search.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import id.newsroom.infra.fuzz.Endpoint;
import id.newsroom.infra.fuzz.FuzzReport;
import id.newsroom.infra.fuzz.MalformedRequests;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.SearchITBase;
import org.junit.jupiter.api.Test;

/**
 * 1,000 malformed requests (fixed seed) to every operation of the OpenAPI document: no 5xx, every refusal
 * problem+json. Some values are real (an indexed article's id, a matching word) so that requests reach Lucene.
 */
class MalformedInputIT extends SearchITBase {

    @Test
    void everyEndpointAnswersMalformedRequestsWithA4xxProblem() {
        // Words no other IT uses: the index is shared, and their result counts must not change.
        Article article = new Article("Warga Uji Zebrakross Baru di Simpang Xylofon").category("wisata", "Wisata")
                .tags("Zebrakross").author("penulis-1", "Penulis Tamu").body("<p>Zebrakross xylofon diuji.</p>")
                .published();
        events.send(article);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q("zebrakross xylofon")).contains(article.id));
        List<Endpoint> endpoints = Endpoint.fromOpenApi(http.get("/v3/api-docs").json());
        assertThat(endpoints).extracting(Endpoint::toString).contains("GET /api/search", "GET /api/search/suggest",
                "GET /api/search/related/{articleId}");
        MalformedRequests generator = new MalformedRequests(13L, Map.of("articleId", List.of(article.id),
                "q", List.of("zebrakross", "zebrakross%20xylofon", "%22simpang%20xylofon%22"),
                "category", List.of("wisata"), "tag", List.of("Zebrakross"), "sort", List.of("newest", "relevance"),
                "page", List.of("1"),
                "size", List.of("10")), Map.of());

        FuzzReport.fuzzEveryEndpoint("MalformedInputIT", port, endpoints, generator,
                Integer.getInteger("fuzz.requests", 500),
                FuzzReport::problemJsonOn4xx);
    }
}
