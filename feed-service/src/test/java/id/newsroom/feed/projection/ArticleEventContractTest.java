package id.newsroom.feed.projection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import id.newsroom.infra.contract.ArticleEventContract;
import id.newsroom.infra.contract.ReaderContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The executable contract on feed's side: whatever contracts/article-event.schema.json accepts, the decoder accepts
 * too (a valid event is never dead-lettered), and what it rejects is poison or read tolerantly, never a crash.
 */
class ArticleEventContractTest {

    private static final ArticleEventContract CONTRACT = ArticleEventContract.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the read model needs of every event. */
    private static final Set<String> READ = Set.of("articleId", "version", "status", "slug", "title", "category",
            "category.slug", "category.name", "author", "author.id", "author.name", "tags", "updatedAt",
            "publishedAt", "image.url");

    private final EventDecoder decoder = new EventDecoder(JSON);

    @Test
    void everyExampleOfTheSchemaIsDecodedAsItSays() {
        List<String> examples = CONTRACT.examples();
        assertThat(examples).as("the schema's examples").hasSizeGreaterThanOrEqualTo(5);
        for (String example : examples) {
            assertThat(CONTRACT.violations(example)).as(example).isEmpty();
            assertDecodedAsWritten(example);
        }
    }

    @Test
    void everyGeneratedValidInstanceIsAccepted() {
        List<String> valid = CONTRACT.validInstances(500, 7);
        assertThat(valid).hasSize(500);
        valid.forEach(this::assertDecodedAsWritten);
    }

    @Test
    void brokenInstancesArePoisonNeverACrash() {
        assertThat(ReaderContract.mistakesWithBrokenInstances(CONTRACT, this::decode, PoisonEventException.class,
                READ::contains)).isEmpty();
    }

    /** The one reading (search's contract test asks the same): whatever the schema rejects is poison here. */
    @Test
    void everythingTheSchemaRejectsIsPoison() {
        assertThat(ReaderContract.mistakesOfTheOneReading(CONTRACT, this::decode, PoisonEventException.class))
                .isEmpty();
    }

    @Test
    void theDeadLettersReasonIsTheSchemasViolation() {
        String blankTitle = CONTRACT.examples().get(1).replaceFirst("\"title\":\"[^\"]+\"", "\"title\":\" \"");
        assertThatThrownBy(() -> decode(blankTitle)).isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("contract violation: article-event.schema.json: ")
                .hasMessageContaining("/title");
        assertThatThrownBy(() -> decoder.decode(null)).hasMessageContaining("no value");
    }

    @Test
    void whatIsNotAnEventAtAllIsPoison() {
        for (String value : ReaderContract.NOT_EVENTS) {
            assertThatThrownBy(() -> decode(value)).as(value).isInstanceOf(PoisonEventException.class);
        }
    }

    private void assertDecodedAsWritten(String json) {
        JsonNode written = JSON.readTree(json);
        IncomingEvent event;
        try {
            event = decode(json);
        } catch (PoisonEventException e) {
            throw new AssertionError("a valid event was decoded as poison (" + e.getMessage() + "): " + json, e);
        }
        assertThat(event.data().articleId()).isEqualTo(written.get("articleId").asString());
        assertThat(event.data().version()).isEqualTo(written.get("version").asLong());
        assertThat(event.data().status()).isEqualTo(written.get("status").asString());
        assertThat(event.data().slug()).isEqualTo(written.get("slug").asString());
        assertThat(event.data().category().slug()).isEqualTo(written.get("category").get("slug").asString());
        assertThat(event.data().tags()).hasSize(written.get("tags").size());
        JsonNode image = written.get("image");
        if (image != null && image.isObject()) { // every image field is kept, the media's too
            assertThat(event.data().image().url()).isEqualTo(image.get("url").asString());
            assertThat(event.data().image().mediaId()).isEqualTo(text(image.get("mediaId")));
            assertThat(event.data().image().alt()).isEqualTo(text(image.get("alt")));
            assertThat(event.data().image().urlPattern()).isEqualTo(text(image.get("urlPattern")));
            assertThat(event.data().image().width()).isEqualTo(number(image.get("width")));
            assertThat(event.data().image().height()).isEqualTo(number(image.get("height")));
            assertThat(event.data().image().widths() == null ? 0 : event.data().image().widths().size())
                    .isEqualTo(image.has("widths") ? image.get("widths").size() : 0);
        }
    }

    @Test
    void theSchemaHasAMediaImageExampleAndItsFieldsAreRead() {
        String example = CONTRACT.examples().stream().filter(e -> e.contains("\"mediaId\"")).findFirst()
                .orElseThrow();
        ArticleEvent.Image image = decode(example).data().image();
        assertThat(image.mediaId()).isNotBlank();
        assertThat(image.width()).isPositive();
        assertThat(image.widths()).contains(320, 1280);
        assertThat(image.urlPattern()).contains("{variant}").contains("{format}");
        assertThat(image.url()).isEqualTo(image.urlPattern().replace("{variant}", "w1280").replace("{format}", "jpg"));
    }

    private static Integer number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private IncomingEvent decode(String json) {
        return decoder.decode(json.getBytes(StandardCharsets.UTF_8), "news.article.updated", null, null, null);
    }
}
