package id.newsroom.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The drill plan comes from the seed alone, has every kind, and leaves writes before and after every drill. */
class FaultPlanTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static List<Faults.Planned> plan(long seed, int writes, int perKind) {
        try (Faults f = new Faults(null, null, new Random(seed), writes, perKind, "racun", QUIET)) {
            return f.plan();
        }
    }

    @Test
    void sameSeedSamePlanOtherSeedOtherPlan() {
        assertThat(plan(42, 1000, 2)).isEqualTo(plan(42, 1000, 2));
        assertThat(plan(42, 1000, 2)).isNotEqualTo(plan(43, 1000, 2));
    }

    @Test
    void everyKindPerKindTimesInsideTheWritingWindow() {
        List<Faults.Planned> plan = plan(7, 1000, 2);
        assertThat(plan).hasSize(2 * Faults.Kind.values().length);
        for (Faults.Kind kind : Faults.Kind.values()) {
            assertThat(plan).filteredOn(p -> p.kind() == kind).hasSize(2);
        }
        assertThat(plan).allSatisfy(p -> assertThat(p.atWrite()).isBetween(100, 850));
        assertThat(plan).extracting(Faults.Planned::atWrite).isSorted();
    }

    @Test
    void articleWordsAreDistinctAndEndInZ() {
        assertThat(Editor.token("xq", 1)).isNotEqualTo(Editor.token("xq", 17)).endsWith("z").startsWith("xq");
        assertThat(Editor.token("xq", 16)).isNotEqualTo(Editor.token("xq", 1));
    }
}
