package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.newsroom.search.support.Article;
import id.newsroom.search.support.Http;
import id.newsroom.search.support.SearchITBase;
import tools.jackson.databind.JsonNode;

/** The public API over HTTP: filters, facets, paging, suggestions, related stories, metrics and OpenAPI. */
class SearchApiIT extends SearchITBase {

    @Test
    void filtersFacetsPagingSuggestAndRelated() {
        String marker = "gelar" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Instant now = Instant.now();
        Article a = new Article("Festival Budaya Cisadane Dibuka " + marker).category("wisata", "Wisata")
                .tags("Festival", "Cisadane").author("penulis-1", "Penulis Tamu")
                .body("<p>Perahu naga berlomba di Sungai Cisadane " + marker + ".</p>")
                .publishedAt(now.minus(Duration.ofDays(2))).published();
        Article b = new Article("Festival Kuliner Cisadane Ramai Pengunjung " + marker).category("wisata", "Wisata")
                .tags("Festival", "Kuliner").body("<p>Pedagang kuliner memenuhi tepian Cisadane " + marker + ".</p>")
                .publishedAt(now.minus(Duration.ofDays(1))).published();
        Article c = new Article("Pemkot Siapkan Anggaran Festival Cisadane " + marker)
                .category("pemerintahan", "Pemerintahan").tags("Anggaran")
                .body("<p>Anggaran festival Cisadane " + marker + " disetujui dewan.</p>")
                .publishedAt(now.minus(Duration.ofDays(30))).published();
        List.of(a, b, c).forEach(events::send);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).size() == 3);

        JsonNode all = search(q(marker));
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("tookMs").isNumber()).isTrue();
        assertThat(all.path("totalRelation").asString()).isEqualTo("eq");
        assertThat(all.path("matches").path("full").asLong()).isEqualTo(3);
        assertThat(all.path("matches").path("partial").asLong()).isZero();
        assertThat(all.path("didYouMean").isNull()).isTrue();
        assertThat(all.path("hits").findValuesAsString("match")).containsOnly("full");
        JsonNode facets = all.path("facets").path("category");
        assertThat(facets.get(0).path("slug").asString()).isEqualTo("wisata");
        assertThat(facets.get(0).path("name").asString()).isEqualTo("Wisata");
        assertThat(facets.get(0).path("count").asLong()).isEqualTo(2);
        assertThat(facets.get(1).path("count").asLong()).isEqualTo(1);

        JsonNode wisata = search(q(marker) + "&category=wisata&sort=newest");
        assertThat(wisata.path("hits").findValuesAsString("articleId")).containsExactly(b.id, a.id);
        assertThat(wisata.path("facets").path("category").size()).isEqualTo(2); // counts ignore the chosen section
        assertThat(ids(q(marker) + "&tag=kuliner")).containsExactly(b.id);
        assertThat(ids(q(marker) + "&author=penulis-1")).containsExactly(a.id);
        String from = now.minus(Duration.ofDays(3)).toString();
        assertThat(ids(q(marker) + "&from=" + Http.encode(from) + "&sort=newest")).containsExactly(b.id, a.id);
        assertThat(ids(q(marker) + "&to=" + Http.encode(now.minus(Duration.ofDays(10)).toString())))
                .containsExactly(c.id);
        assertThat(ids(q(marker) + "&sort=newest&size=1&page=2")).containsExactly(a.id);

        JsonNode hit = search(q("perahu " + marker)).path("hits").get(0);
        assertThat(hit.path("snippet").asString()).contains("<mark>Perahu</mark>");
        assertThat(hit.path("category").path("slug").asString()).isEqualTo("wisata");
        assertThat(hit.path("publishedAt").asString())
                .isEqualTo(a.publishedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());

        // One word the index has never seen: corrected, and said so.
        JsonNode corrected = search(q("festifal " + marker));
        assertThat(corrected.path("didYouMean").asString()).isEqualTo("festival " + marker);
        assertThat(corrected.path("total").asLong()).isEqualTo(3);

        JsonNode suggestions = http.get("/api/search/suggest?q=" + Http.encode("festival kulinr")).json();
        assertThat(suggestions.path("suggestions").findValuesAsString("title")).contains(b.title);

        JsonNode related = http.get("/api/search/related/" + a.id).json();
        assertThat(related.path("hits").findValuesAsString("articleId")).contains(b.id).doesNotContain(a.id);
    }

    @Test
    void operatorEndpointsMetricsAndOpenApi() {
        String metrics = http.get("/actuator/prometheus").body();
        search(q("banjir"));
        search(q("katayangtidakadadimanapun"));
        String after = http.get("/actuator/prometheus").body();
        assertThat(after).contains("news_search_query_seconds_bucket", "news_search_query_hits_count",
                "news_search_zero_result_queries_total", "news_search_index_documents",
                "news_search_partial_only_queries_total", "news_search_corrected_queries_total",
                "news_search_index_size_bytes", "news_search_freshness_seconds_bucket{",
                "news_search_events_total{", "application=\"search-service\"", "http_server_requests_seconds_bucket");
        assertThat(metrics).isNotNull();

        assertThat(http.get("/v3/api-docs").body()).contains("/api/search/suggest", "/api/search/related/{articleId}");
        JsonNode synonyms = http.post("/actuator/synonyms").json();
        assertThat(synonyms.path("entries").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(http.get("/actuator/searchindex").json().path("generation").asString()).startsWith("gen-");
    }
}
