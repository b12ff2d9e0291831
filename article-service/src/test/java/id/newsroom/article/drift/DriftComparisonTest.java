package id.newsroom.article.drift;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge walk of two id-sorted listings: every kind, both ends, and a randomized check against a map lookup. */
class DriftComparisonTest {

    @Test
    void identicalListingsAreClean() {
        List<Holding> both = List.of(Holding.of("a", 1, true), Holding.of("b", 3, false), Holding.of("c", 2, true));
        DriftReport r = DriftComparison.compare("feed", both.iterator(), both.iterator(), 10);
        assertThat(r.clean()).isTrue();
        assertThat(r.articlesHere()).isEqualTo(3);
        assertThat(r.itemsThere()).isEqualTo(3);
    }

    @Test
    void findsMissingStaleAndGhostItems() {
        List<Holding> here = List.of(
                Holding.of("a", 1, true), // absent there: missing
                Holding.of("b", 1, false), // a draft absent there: not drift, readers see nothing either way
                Holding.of("c", 5, true), // there at 4: stale
                Holding.of("d", 3, false), // unpublished here, shown there at 3: ghost
                Holding.of("e", 2, true), // hidden there at 2: missing
                Holding.of("f", 7, false), // unpublished here, shown there at 6: ghost
                Holding.of("i", 4, true), // hidden there at 3: missing
                Holding.of("j", 4, false)); // hidden on both sides, there at 3: stale
        List<Holding> there = List.of(
                Holding.of("c", 4, true), Holding.of("d", 3, true), Holding.of("e", 2, false),
                Holding.of("f", 6, true),
                Holding.of("g", 1, true), // unknown here and shown: ghost
                Holding.of("h", 1, false), // unknown here but hidden: harmless
                Holding.of("i", 3, false), Holding.of("j", 3, false));
        DriftReport r = DriftComparison.compare("search", here.iterator(), there.iterator(), 10);
        assertThat(r.counts()).containsEntry("missing", 3L).containsEntry("stale", 2L).containsEntry("ghost", 3L);
        assertThat(r.firstIds().get("missing")).containsExactly("a", "e", "i");
        assertThat(r.firstIds().get("stale")).containsExactly("c", "j");
        assertThat(r.firstIds().get("ghost")).containsExactly("d", "f", "g");
        assertThat(DriftComparison.affected(r)).containsExactly("a", "c", "d", "e", "f", "g", "i", "j");
        assertThat(r.articlesHere()).isEqualTo(8);
        assertThat(r.itemsThere()).isEqualTo(8);
    }

    @Test
    void articlesWithEventsInTheOutboxAreLeftAlone() {
        List<Holding> here = List.of(new Holding("a", 2, true, true), new Holding("b", 1, true, true));
        List<Holding> there = List.of(Holding.of("a", 1, false));
        assertThat(DriftComparison.compare("feed", here.iterator(), there.iterator(), 10).clean()).isTrue();
    }

    @Test
    void emptySidesAndSampleLimit() {
        List<Holding> here = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            here.add(Holding.of(String.format("id-%03d", i), 1, true));
        }
        DriftReport r = DriftComparison.compare("feed", here.iterator(), List.<Holding>of().iterator(), 5);
        assertThat(r.count(DriftReport.Kind.MISSING)).isEqualTo(30);
        assertThat(r.firstIds().get("missing")).hasSize(5).first().isEqualTo("id-000");
        assertThat(r.affectedIds()).hasSize(30);
        DriftReport ghosts = DriftComparison.compare("feed", List.<Holding>of().iterator(), here.iterator(), 5);
        assertThat(ghosts.count(DriftReport.Kind.GHOST)).isEqualTo(30);
    }

    @Test
    void refusesAListingOutOfOrder() {
        Iterator<Holding> unordered = List.of(Holding.of("b", 1, true), Holding.of("a", 1, true)).iterator();
        assertThatThrownBy(() -> DriftComparison.compare("feed", List.<Holding>of().iterator(), unordered, 5))
                .hasMessageContaining("not in ascending id order");
    }

    @Test
    void agreesWithALookupOnRandomListings() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            TreeMap<String, Holding> here = new TreeMap<>();
            TreeMap<String, Holding> there = new TreeMap<>();
            for (int i = 0; i < 40; i++) {
                String id = "0190" + Integer.toHexString(random.nextInt(60));
                if (random.nextInt(4) > 0) {
                    here.put(id, Holding.of(id, 1 + random.nextInt(3), random.nextBoolean()));
                }
                if (random.nextInt(4) > 0) {
                    there.put(id, Holding.of(id, 1 + random.nextInt(3), random.nextBoolean()));
                }
            }
            DriftReport r = DriftComparison.compare("feed", here.values().iterator(), there.values().iterator(),
                    100);
            long missing = 0, stale = 0, ghost = 0;
            TreeMap<String, Boolean> all = new TreeMap<>();
            here.keySet().forEach(k -> all.put(k, true));
            there.keySet().forEach(k -> all.put(k, true));
            for (String id : all.keySet()) {
                Holding h = here.get(id);
                Holding t = there.get(id);
                if (t == null) {
                    missing += h.published() ? 1 : 0;
                } else if (h == null) {
                    ghost += t.published() ? 1 : 0;
                } else if (t.published() != h.published()) {
                    ghost += t.published() ? 1 : 0;
                    missing += h.published() ? 1 : 0;
                } else if (t.version() < h.version()) {
                    stale++;
                }
            }
            assertThat(r.count(DriftReport.Kind.MISSING)).isEqualTo(missing);
            assertThat(r.count(DriftReport.Kind.STALE)).isEqualTo(stale);
            assertThat(r.count(DriftReport.Kind.GHOST)).isEqualTo(ghost);
            assertThat(r.articlesHere()).isEqualTo(here.size());
            assertThat(r.itemsThere()).isEqualTo(there.size());
        }
    }
}
