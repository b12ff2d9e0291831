package id.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import id.newsroom.infra.InfrastructureInitializer;
import id.newsroom.infra.TestInfrastructure;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.EventProducer;
import id.newsroom.search.support.Http;
import tools.jackson.databind.JsonNode;

/** The walking skeleton: an event on the real broker becomes findable by an inflected Indonesian word. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Exactly SearchITBase's properties: one cached Spring context for all the ITs.
        properties = {"search.index.path=target/it-index/${random.uuid}",
                // The defaults' demo operator again (a list replaces the defaults' as a whole) and a writer, no operator.
                "platform.operator.users[0].username=operator",
                "platform.operator.users[0].password-hash=$2a$10$iMnfXX5mS4B/WbsYcmLYT.qir3i2LP1UFSTrgwhD9zYChF3jgm2Q.",
                "platform.operator.users[0].roles[0]=OPERATOR",
                "platform.operator.users[1].username=writer",
                "platform.operator.users[1].password-hash=$2a$10$qWZ4cW/KbYpJx1Ugun2DGOrkYOH3RjuhN1F8ql.doj7dRhv2wV1pq",
                "platform.operator.users[1].roles[0]=WRITER"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
class SearchServiceIT {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void publishedArticleIsFoundByAnInflectedWord() {
        Article article = new Article("Pemkot Tangsel Gelar Pelatihan Digital bagi Pelaku UMKM")
                .summary("Ratusan pelaku usaha mengikuti pelatihan pemasaran daring.")
                .body("<p>Pemerintah Kota Tangerang Selatan <b>melatih</b> 300 pelaku usaha kecil.</p>")
                .category("bisnis", "Bisnis").tags("UMKM", "Pelatihan");
        try (EventProducer producer = new EventProducer(TestInfrastructure.get().kafkaBootstrapServers(),
                TestInfrastructure.ARTICLES_TOPIC)) {
            producer.send(article.next("created", "DRAFT"));
            producer.send(article.published());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode result = http.get("/api/search?q=" + Http.encode("dilatih")).json();
            assertThat(result.path("hits").findValuesAsString("articleId")).contains(article.id);
        });
        JsonNode result = http.get("/api/search?q=" + Http.encode("dilatih")).json();
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.path("title").asString()).isEqualTo(article.title);
        assertThat(hit.path("snippet").asString()).contains("<mark>");
        assertThat(result.path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void healthGroupsAreUp() {
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200));
        assertThat(http.get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
    }
}
