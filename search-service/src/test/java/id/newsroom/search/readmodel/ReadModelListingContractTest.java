package id.newsroom.search.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import id.newsroom.defaults.contract.JsonContract;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** search's listing page, written as JSON, is what contracts/read-model-listing.schema.json describes. */
class ReadModelListingContractTest {

    private static final JsonContract CONTRACT = JsonContract.load("contracts/read-model-listing.schema.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void everyPageConformsAndTheLastSaysNextNull() throws Exception {
        try (TestIndex index = new TestIndex(dir)) {
            ReadModelListingEndpoint endpoint = new ReadModelListingEndpoint(index.store);
            JsonNode empty = JSON.valueToTree(endpoint.page(null, 2));
            assertThat(CONTRACT.violations(empty)).isEmpty();
            assertThat(empty.path("items").size()).isZero();

            index.add(new Article("id-a", "Banjir di Ciledug").published())
                    .add(new Article("id-b", "Pasar malam").published().next("unpublished", "UNPUBLISHED"))
                    .add(new Article("id-c", "Draf").next("created", "DRAFT")).refresh();
            JsonNode first = JSON.valueToTree(endpoint.page(null, 2));
            assertThat(CONTRACT.violations(first)).isEmpty();
            assertThat(first.path("readModel").asString()).isEqualTo("search");
            assertThat(first.path("next").asString()).isEqualTo("id-b");
            JsonNode last = JSON.valueToTree(endpoint.page("id-b", 2));
            assertThat(CONTRACT.violations(last)).isEmpty();
            assertThat(last.has("next")).isTrue();
            assertThat(last.path("next").isNull()).isTrue();
            assertThat(last.path("items").get(0).path("version").asLong()).isEqualTo(1);
        }
    }
}
