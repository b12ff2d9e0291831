package id.newsroom.article.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.defaults.contract.JsonContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit's side of contracts/read-model-listing.schema.json: every example of the schema is read into the pages
 * the walk compares, and an answer the schema rejects ends that read model's audit instead of reporting false drift.
 */
class ReadModelListingTest {

    private static final String SCHEMA = "contracts/read-model-listing.schema.json";
    private static final JsonContract CONTRACT = JsonContract.load(SCHEMA);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final URI FEED = URI.create("http://127.0.0.1:8082");

    @Test
    void everyExampleOfTheSchemaIsReadAsWritten() {
        List<JsonNode> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode example : examples) {
            assertThat(CONTRACT.violations(example)).as(example.toString()).isEmpty();
            KeysetPages.Page page = ReadModelListing.page(FEED, read(example));
            assertThat(page.items()).hasSize(example.path("items").size());
            for (int i = 0; i < page.items().size(); i++) {
                JsonNode item = example.path("items").get(i);
                assertThat(page.items().get(i)).isEqualTo(Holding.of(item.path("id").asString(),
                        item.path("version").asLong(), item.path("published").asBoolean()));
            }
            assertThat(page.next()).isEqualTo(example.path("next").isNull() ? null : example.path("next").asString());
        }
    }

    @Test
    void unknownPropertiesAreIgnored() {
        String answer = "{\"readModel\":\"feed\",\"shard\":3,\"items\":[{\"id\":\"a\",\"version\":2,"
                + "\"published\":true,\"section\":\"bisnis\"}],\"next\":null}";
        assertThat(ReadModelListing.page(FEED, JSON.readValue(answer, ReadModelListing.Answer.class)).items())
                .containsExactly(Holding.of("a", 2, true));
    }

    @Test
    void anAnswerTheSchemaRejectsEndsTheAuditOfThatReadModel() {
        for (String answer : List.of("{\"readModel\":\"feed\",\"next\":null}",
                "{\"readModel\":\"feed\",\"items\":[{\"id\":\"a\",\"published\":true}],\"next\":null}",
                "{\"readModel\":\"feed\",\"items\":[{\"id\":\"a\",\"version\":1}],\"next\":null}")) {
            assertThat(CONTRACT.violations(JSON.readTree(answer))).as(answer).isNotEmpty();
            assertThatThrownBy(() -> ReadModelListing.page(FEED, JSON.readValue(answer, ReadModelListing.Answer.class)))
                    .as(answer).isInstanceOf(IllegalStateException.class).hasMessageContaining("/actuator/readmodel");
        }
    }

    private static ReadModelListing.Answer read(JsonNode example) {
        return JSON.treeToValue(example, ReadModelListing.Answer.class);
    }

    private static List<JsonNode> examples() {
        JsonNode schema = JSON.readTree(ReadModelListingTest.class.getClassLoader().getResourceAsStream(SCHEMA));
        List<JsonNode> examples = new ArrayList<>();
        schema.path("examples").forEach(examples::add);
        return examples;
    }
}
