package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.newsroom.infra.contract.ArticleEventContract;
import id.newsroom.infra.contract.ReaderContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The executable contract on search's side: whatever contracts/article-event.schema.json accepts, search's reader
 * accepts too (a valid event is never dead-lettered), and what it rejects is poison or read tolerantly, never a crash.
 */
class ArticleEventContractTest {

    private static final ArticleEventContract CONTRACT = ArticleEventContract.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What search needs of every event, and of a published one, to index it. */
    private static final Set<String> ALWAYS_READ = Set.of("articleId", "version", "status");
    private static final Set<String> READ_WHEN_PUBLISHED = Set.of("title", "slug", "category", "category.slug",
            "author", "author.id", "publishedAt");

    private final ArticleEventReader reader = new ArticleEventReader();

    @Test
    void everyExampleOfTheSchemaIsReadAsItSays() {
        List<String> examples = CONTRACT.examples();
        assertThat(examples).as("the schema's examples").hasSizeGreaterThanOrEqualTo(5);
        for (String example : examples) {
            assertThat(CONTRACT.violations(example)).as(example).isEmpty();
            assertReadAsWritten(example);
        }
    }

    @Test
    void everyGeneratedValidInstanceIsAccepted() {
        List<String> valid = CONTRACT.validInstances(500, 13);
        assertThat(valid).hasSize(500);
        valid.forEach(this::assertReadAsWritten);
    }

    @Test
    void brokenInstancesArePoisonNeverACrash() {
        assertThat(ReaderContract.mistakesWithBrokenInstances(CONTRACT, this::read, PoisonEventException.class,
                p -> ALWAYS_READ.contains(p) || READ_WHEN_PUBLISHED.contains(p))).isEmpty();
    }

    /** The one reading (feed's contract test asks the same): whatever the schema rejects is poison here. */
    @Test
    void everythingTheSchemaRejectsIsPoison() {
        assertThat(ReaderContract.mistakesOfTheOneReading(CONTRACT, this::read, PoisonEventException.class))
                .isEmpty();
    }

    @Test
    void whatIsNotAnEventAtAllIsPoison() {
        for (String value : ReaderContract.NOT_EVENTS) {
            assertThatThrownBy(() -> read(value)).as(value).isInstanceOf(PoisonEventException.class);
        }
    }

    private void assertReadAsWritten(String json) {
        JsonNode written = JSON.readTree(json);
        ArticleEvent event;
        try {
            event = read(json);
        } catch (PoisonEventException e) {
            throw new AssertionError("a valid event was read as poison (" + e.getMessage() + "): " + json, e);
        }
        assertThat(event.articleId()).isEqualTo(written.get("articleId").asString());
        assertThat(event.version()).isEqualTo(written.get("version").asLong());
        assertThat(event.status()).isEqualTo(written.get("status").asString());
        if (event.published()) {
            assertThat(event.title()).isEqualTo(written.get("title").asString());
            assertThat(event.categorySlug()).isEqualTo(written.get("category").get("slug").asString());
            assertThat(event.tags()).hasSize(written.get("tags").size());
        }
    }

    private ArticleEvent read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
