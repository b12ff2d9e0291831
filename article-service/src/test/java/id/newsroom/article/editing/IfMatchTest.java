package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.newsroom.defaults.problem.ClientProblem;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void acceptsTheEtagFormsClientsSend() {
        assertThat(ArticleController.parseIfMatch("\"3\"")).isEqualTo(3L);
        assertThat(ArticleController.parseIfMatch("W/\"3\"")).isEqualTo(3L);
        assertThat(ArticleController.parseIfMatch("3")).isEqualTo(3L);
        assertThat(ArticleController.parseIfMatch(null)).isNull();
        assertThat(ArticleController.parseIfMatch("*")).isNull();
    }

    @Test
    void anEtagThatIsNotAVersionIsAFailedPrecondition() {
        assertThatThrownBy(() -> ArticleController.parseIfMatch("\"abc\"")).isInstanceOf(ClientProblem.class)
                .satisfies(e -> assertThat(((ClientProblem) e).getStatusCode().value()).isEqualTo(412));
    }
}
