package id.newsroom.defaults.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The runtime check, on the article event's schema as the build packaged it from contracts/. */
class JsonContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonContract ARTICLE = JsonContract.load("contracts/article-event.schema.json");

    @Test
    void theSchemaIsOnTheClasspathAndAcceptsItsOwnExamples() {
        List<byte[]> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (byte[] example : examples) {
            assertThat(ARTICLE.read(example).path("articleId").asString()).isNotBlank();
        }
    }

    @Test
    void noValueIsAViolationNotAnEvent() {
        assertThatThrownBy(() -> ARTICLE.read(null)).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("no value");
        assertThatThrownBy(() -> ARTICLE.read(new byte[0])).isInstanceOf(ContractViolationException.class);
        assertThatThrownBy(() -> ARTICLE.read(bytes("{not json"))).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> ARTICLE.read(bytes("null"))).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void theReasonNamesTheSchemaAndTheBrokenProperty() {
        ObjectNode event = (ObjectNode) JSON.readTree(examples().get(1));
        event.put("title", "   ");
        assertThatThrownBy(() -> ARTICLE.read(JSON.writeValueAsBytes(event)))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageStartingWith("article-event.schema.json: ").hasMessageContaining("/title");
        event.put("title", "Judul");
        ((ObjectNode) event.get("author")).remove("name");
        event.put("slug", "Bukan Slug");
        event.put("updatedAt", "kemarin sore");
        assertThatThrownBy(() -> ARTICLE.read(JSON.writeValueAsBytes(event)))
                .hasMessageContaining("/slug").hasMessageContaining("/updatedAt").hasMessageContaining("name");
    }

    @Test
    void unknownPropertiesAreAllowedForTolerantReaders() {
        ObjectNode event = (ObjectNode) JSON.readTree(examples().get(1));
        event.put("somethingNew", 42);
        assertThat(ARTICLE.violations(event)).isEmpty();
    }

    @Test
    void theSectionsListIsWhatItsSchemaSaysAndEverySlugIsAnEventsCategory() {
        JsonNode sections = JSON.readTree(JsonContractTest.class.getClassLoader()
                .getResourceAsStream("contracts/sections.json"));
        assertThat(JsonContract.load("contracts/sections.schema.json").violations(sections)).isEmpty();
        ObjectNode event = (ObjectNode) JSON.readTree(examples().get(1));
        for (JsonNode section : sections.path("sections")) {
            event.set("category", section);
            assertThat(ARTICLE.violations(event)).as(section.toString()).isEmpty();
        }
        assertThat(sections.path("sections").get(0).path("slug").asString()).isEqualTo("pemerintahan");
    }

    /**
     * The cost of the check per event, beside the parse it saves the reader (an import is 100,000 events): an event
     * of the size the archive import writes (a 4 KB body, five tags, an image) is parsed and validated again and again.
     */
    @Test
    void costPerEventIsSmallBesideTheImport() {
        ObjectNode event = (ObjectNode) JSON.readTree(examples().get(1));
        event.put("body", "<p>" + "Warga Tangerang memadati alun-alun kota pada akhir pekan. ".repeat(70) + "</p>");
        event.putArray("tags").add("umkm").add("tangsel").add("pelatihan").add("pemasaran").add("digital");
        byte[] value = JSON.writeValueAsBytes(event);
        int rounds = Integer.getInteger("contract.cost.rounds", 20_000);
        measure(rounds, value, true); // warm-up (C1 only in test JVMs, as in the build)
        double parseOnly = measure(rounds, value, false);
        double parseAndValidate = measure(rounds, value, true);
        System.out.printf("JsonContract: %,d-byte event: parse %.1f µs, parse + validate %.1f µs "
                + "(the check %.1f µs/event, %.1f s per 100,000 events)%n", value.length, parseOnly,
                parseAndValidate, parseAndValidate - parseOnly, (parseAndValidate - parseOnly) * 100_000 / 1e6);
        assertThat(parseAndValidate).as("µs per event").isLessThan(1_000);
    }

    private static double measure(int rounds, byte[] value, boolean validate) {
        long sum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            JsonNode node = validate ? ARTICLE.read(value) : JSON.readTree(value);
            sum += node.size();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
        assertThat(sum).isPositive();
        return micros;
    }

    private static List<byte[]> examples() {
        JsonNode schema = JSON.readTree(JsonContractTest.class.getClassLoader()
                .getResourceAsStream("contracts/article-event.schema.json"));
        List<byte[]> examples = new ArrayList<>();
        schema.path("examples").forEach(e -> examples.add(JSON.writeValueAsBytes(e)));
        return examples;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
