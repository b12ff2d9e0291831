package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.newsroom.search.support.Article;
import id.newsroom.search.support.SearchITBase;
import tools.jackson.databind.JsonNode;

/** The operator's full reindex builds a new generation beside the live one and swaps it in; nothing is lost. */
class ReindexIT extends SearchITBase {

    @Test
    void fullReindexSwapsInANewGenerationWithTheSameContent() {
        String marker = "ulang" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Article before = new Article("Sebelum Reindeks " + marker).published();
        events.send(before);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(before.id));
        JsonNode status = http.get("/actuator/searchindex").json();
        String oldGeneration = status.path("generation").asString();
        long documents = status.path("documents").asLong();

        JsonNode started = http.post("/actuator/searchindex").json();
        assertThat(started.path("started").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED"
                .equals(http.get("/actuator/searchindex").json().path("reindex").path("state").asString()));

        JsonNode swapped = http.get("/actuator/searchindex").json();
        assertThat(swapped.path("generation").asString()).isNotEqualTo(oldGeneration);
        assertThat(swapped.path("documents").asLong()).isGreaterThanOrEqualTo(documents);
        assertThat(ids(q(marker))).contains(before.id);

        Article after = new Article("Sesudah Reindeks " + marker).published();
        events.send(after);
        await().atMost(VISIBLE_WITHIN).until(() -> ids(q(marker)).contains(after.id));
    }
}
