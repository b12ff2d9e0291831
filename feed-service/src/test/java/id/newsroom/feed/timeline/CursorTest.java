package id.newsroom.feed.timeline;

import java.util.Date;

import id.newsroom.defaults.problem.ClientProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void roundTripsAndStaysOpaque() {
        Cursor c = new Cursor(new Date(1_767_225_600_123L), "0193f-abc|with-pipe");
        String encoded = c.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("0193f");
        assertThat(Cursor.decode(encoded)).isEqualTo(c);
    }

    @Test
    void absentCursorMeansFirstPage() {
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bm90LWEtY3Vyc29y", "djJ8MXxh", "djF8eHxh", "djF8MTIz"})
    void rejectsAnythingElseWith400(String bad) {
        assertThatThrownBy(() -> Cursor.decode(bad)).isInstanceOf(ClientProblem.class)
                .satisfies(ex -> assertThat(((ClientProblem) ex).getStatusCode().value()).isEqualTo(400));
    }

    @Test
    void limitIsValidated() {
        assertThat(TimelineService.parseLimit(null)).isEqualTo(20);
        assertThat(TimelineService.parseLimit("1")).isEqualTo(1);
        assertThat(TimelineService.parseLimit("100")).isEqualTo(100);
        for (String bad : new String[]{"0", "101", "-3", "ten", "1.5"}) {
            assertThatThrownBy(() -> TimelineService.parseLimit(bad)).isInstanceOf(ClientProblem.class)
                    .hasMessageContaining("limit");
        }
    }
}
