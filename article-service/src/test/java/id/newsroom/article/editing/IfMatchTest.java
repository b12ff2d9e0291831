package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.newsroom.defaults.problem.ClientProblem;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void acceptsTheEtagFormsClientsSend() {
        assertThat(Etag.parse("\"3\"")).isEqualTo(new Etag(3, null));
        assertThat(Etag.parse("W/\"3\"")).isEqualTo(new Etag(3, null));
        assertThat(Etag.parse("3")).isEqualTo(new Etag(3, null));
        assertThat(Etag.parse("\"3.7\"")).isEqualTo(new Etag(3, 7L));
        assertThat(Etag.parse(null)).isNull();
        assertThat(Etag.parse("*")).isNull();
    }

    @Test
    void thePlainFormMatchesOnlyWithoutAWorkingCopy() {
        Article a = new Article("a", 4, Status.PUBLISHED, "s", "Judul", "", "<p>x</p>",
                new Article.Category("bisnis", "Bisnis"), List.of(), new Article.Author("e", "E"), null, null, null,
                null, null);
        ArticleView live = new ArticleView(a, null, 2, null, null);
        ArticleView working = new ArticleView(a, ContentRules.Content.of(a), 3, null, null);
        assertThat(live.etag()).isEqualTo("\"4\"");
        assertThat(working.etag()).isEqualTo("\"4.3\"");
        assertThat(Etag.parse("\"4\"").matches(live)).isTrue();
        assertThat(Etag.parse("\"4\"").matches(working)).as("a save into the working copy was missed").isFalse();
        assertThat(Etag.parse("\"4.3\"").matches(working)).isTrue();
        assertThat(Etag.parse("\"4.2\"").matches(working)).isFalse();
        assertThat(Etag.parse("\"4.3\"").matches(live)).as("the working copy was discarded").isFalse();
    }

    @Test
    void anEtagThatIsNotAVersionIsAFailedPrecondition() {
        assertThatThrownBy(() -> Etag.parse("\"abc\"")).isInstanceOf(ClientProblem.class)
                .satisfies(e -> assertThat(((ClientProblem) e).getStatusCode().value()).isEqualTo(412));
    }
}
