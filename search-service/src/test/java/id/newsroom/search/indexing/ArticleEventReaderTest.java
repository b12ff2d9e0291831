package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.newsroom.search.support.Article;

class ArticleEventReaderTest {

    private final ArticleEventReader reader = new ArticleEventReader();

    private ArticleEvent read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAContractEventIgnoringUnknownFields() {
        Article article = new Article("Judul").tags("a", "b").category("wisata", "Wisata").published();
        ArticleEvent event = read(article.json());
        assertThat(event.articleId()).isEqualTo(article.id);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.published()).isTrue();
        assertThat(event.categoryName()).isEqualTo("Wisata");
        assertThat(event.tags()).containsExactly("a", "b");
        assertThat(event.publishedAt()).isEqualTo(article.publishedAt);
    }

    @Test
    void aWithdrawnArticleCarriesItsWholeStateAsEveryEventDoes() {
        ArticleEvent event = read(new Article("Judul").published().next("deleted", "DELETED").json());
        assertThat(event.published()).isFalse();
        assertThat(event.version()).isEqualTo(2);
        assertThatThrownBy(() -> read("{\"articleId\":\"x\",\"version\":3,\"status\":\"DELETED\"}"))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("slug");
    }

    @Test
    void noValueIsPoisonNotADelete() {
        assertThatThrownBy(() -> reader.read(null)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("no value");
    }

    @Test
    void contractViolationsArePoison() {
        assertThatThrownBy(() -> read("not json")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> read("{\"articleId\":\"x\",\"version\":0,\"status\":\"DELETED\"}"))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> read("{\"articleId\":\"x\",\"version\":1,\"status\":\"GONE\"}"))
                .hasMessageContaining("status");
        assertThatThrownBy(() -> read("{\"articleId\":\"x\",\"version\":1,\"status\":\"PUBLISHED\",\"title\":\"t\"}"))
                .isInstanceOf(PoisonEventException.class);
        String badDate = new Article("Judul").published().json().replaceFirst("\"publishedAt\":\"[^\"]+\"",
                "\"publishedAt\":\"yesterday\"");
        assertThatThrownBy(() -> read(badDate)).hasMessageContaining("publishedAt");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(PoisonEventException.class);
    }
}
