package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each refresh lists the articles it changed, for as long as the log is bounded to; older is unknown. */
class RefreshLogTest {

    @TempDir
    Path dir;

    private static ArticleEvent published(String id, long version, String title) {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        return new ArticleEvent(id, version, "PUBLISHED", id, title, title, "<p>" + title + "</p>", "kota", "Kota",
                List.of(), "editor", "Redaksi", at, at);
    }

    private static long version(IndexGeneration generation) throws Exception {
        return generation.withSearcher(RefreshLog::version);
    }

    @Test
    void eachRefreshListsWhatItChanged() throws Exception {
        try (IndexGeneration generation = IndexGeneration.open("gen-000001", dir, "t", 16)) {
            long empty = version(generation);
            generation.apply(published("a", 1, "Banjir di Ciledug"));
            generation.apply(published("b", 1, "Harga cabai naik"));
            generation.refresh();
            long first = version(generation);
            generation.apply(published("a", 2, "Banjir di Ciledug surut"));
            generation.apply(published("a", 1, "stale: not applied, not listed"));
            generation.refresh();
            long second = version(generation);
            RefreshLog log = generation.refreshes();
            generation.refresh(); // no story changed (Lucene may still open a reader)
            assertThat(log.changedBetween(second, version(generation))).isEmpty();

            assertThat(log.changedBetween(empty, first)).containsExactlyInAnyOrder("a", "b");
            assertThat(log.changedBetween(first, second)).containsExactly("a");
            assertThat(log.changedBetween(empty, second)).containsExactlyInAnyOrder("a", "b");
            assertThat(log.changedBetween(second, second)).isEmpty();
            assertThat(log.changedBetween(second, second + 1)).as("a reader the log has not seen").isNull();

            generation.forceMerge(1);
            generation.refresh();
            long merged = version(generation);
            assertThat(merged).isGreaterThan(second);
            assertThat(log.changedBetween(second, merged)).as("a merge changes no story").isEmpty();

            Integer docs = log.withSearcherAt(first, searcher -> searcher.getIndexReader().numDocs());
            assertThat(docs).as("the searcher the answer was found on").isEqualTo(2);
            assertThat(log.withSearcherAt(first, RefreshLog::version)).isEqualTo(first);
        }
    }

    @Test
    void olderThanTheLogIsUnknown() throws Exception {
        try (IndexGeneration generation = IndexGeneration.open("gen-000001", dir, "t", 16)) {
            generation.apply(published("a", 1, "Banjir di Ciledug"));
            generation.refresh();
            long start = version(generation);
            for (int i = 0; i < RefreshLog.KEPT_REFRESHES; i++) {
                generation.apply(published("n" + i, 1, "Berita " + i));
                generation.refresh();
            }
            long end = version(generation);
            RefreshLog log = generation.refreshes();

            assertThat(log.changedBetween(start, end)).as("its refreshes are still listed").hasSize(256);
            generation.apply(published("late", 1, "Berita terakhir"));
            generation.refresh();
            long last = version(generation);
            assertThat(log.changedBetween(start, last)).as("the refresh after it was dropped").isNull();
            Integer ran = log.withSearcherAt(start, searcher -> 1);
            assertThat(ran).as("nor is its searcher kept").isNull();
            assertThat(log.changedBetween(end, last)).containsExactly("late");
            assertThat(log.keptVersions()).hasSize(RefreshLog.KEPT_REFRESHES);
        }
    }

    @Test
    void aRefreshOfMoreChangesThanTheLogHoldsIsUnknown() throws Exception {
        try (IndexGeneration generation = IndexGeneration.open("gen-000001", dir, "t", 16)) {
            RefreshLog log = generation.refreshes();
            long before = version(generation);
            for (int i = 0; i <= RefreshLog.KEPT_IDS; i++) {
                log.note("backlog-" + i); // as many applied events (cheaper than writing them)
            }
            generation.apply(published("a", 1, "Banjir di Ciledug"));
            generation.refresh();
            long after = version(generation);
            generation.apply(published("b", 1, "Harga cabai naik"));
            generation.refresh();

            assertThat(log.changedBetween(before, after)).isNull();
            assertThat(log.changedBetween(after, version(generation))).as("the next refresh is listed again")
                    .containsExactly("b");
        }
    }
}
