package id.newsroom.search.query.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.query.api.NotFoundException;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;

/**
 * "More like this" is answered from a per-article cache; these check that the cache never shows what the index no
 * longer has: a withdrawn related story, an edited story's old neighbours, an edited related story's old title.
 */
class RelatedServiceTest {

    @TempDir
    Path dir;

    private static Article story(String title, String body) {
        return new Article(title).summary(title).body("<p>" + body + "</p>").publishedAt(Instant.now()).published();
    }

    private static List<String> related(TestIndex index, Article article, int size) {
        return index.related.related(article.id, size).hits().stream().map(SearchResponse.Hit::articleId).toList();
    }

    @Test
    void neighboursFollowChangesOfTheStoryAndOfItsNeighbours() throws Exception {
        Article flood = story("Banjir rendam perumahan di Ciledug", "Banjir setinggi lutut merendam perumahan warga "
                + "Ciledug setelah hujan deras, petugas BPBD mengevakuasi warga dengan perahu karet.");
        Article flood2 = story("Banjir kembali rendam Ciledug", "Hujan deras membuat banjir merendam perumahan di "
                + "Ciledug, warga dievakuasi petugas BPBD dengan perahu karet.");
        Article market = story("Harga cabai naik di pasar Cisauk", "Pedagang pasar Cisauk menyebut harga cabai "
                + "rawit naik karena pasokan berkurang, pembeli mengeluh.");
        Article market2 = story("Cabai rawit mahal di pasar", "Harga cabai rawit di pasar tradisional naik, "
                + "pedagang dan pembeli di pasar Cisauk mengeluh pasokan berkurang.");
        Article filler = story("Festival kuliner di Karawaci", "Festival kuliner menghadirkan sate dan laksa.");
        try (TestIndex index = new TestIndex(dir)) {
            List.of(flood, flood2, market, market2, filler).forEach(index::add);
            index.refresh();

            assertThat(related(index, flood, 1)).containsExactly(flood2.id);
            assertThat(related(index, flood, 4)).doesNotContain(flood.id).startsWith(flood2.id);

            // Withdrawn neighbour: gone at once, although the story's own entry was cached.
            index.add(flood2.next("unpublished", "UNPUBLISHED")).refresh();
            assertThat(related(index, flood, 4)).doesNotContain(flood2.id, flood.id);

            // The story itself rewritten about market prices: a new version, new neighbours.
            flood.title = "Harga cabai rawit di pasar Cisauk";
            flood.body = "<p>Pedagang pasar Cisauk: harga cabai rawit naik, pasokan berkurang, pembeli mengeluh.</p>";
            index.add(flood.next("edited", "PUBLISHED")).refresh();
            assertThat(related(index, flood, 2)).containsExactlyInAnyOrder(market.id, market2.id);

            // A neighbour's new title shows without recomputing (hits are read fresh from the index).
            market.title = "Harga cabai rawit melonjak di pasar Cisauk";
            index.add(market.next("edited", "PUBLISHED")).refresh();
            assertThat(index.related.related(flood.id, 2).hits()).extracting(SearchResponse.Hit::title)
                    .contains(market.title);
        }
    }

    @Test
    void anUnknownOrWithdrawnStoryIsNotFound() throws Exception {
        Article gone = story("Pelatihan UMKM di Serpong", "Pelaku UMKM mengikuti pelatihan pemasaran digital.");
        try (TestIndex index = new TestIndex(dir)) {
            index.add(gone).refresh();
            index.related.related(gone.id, 4); // cached now
            index.add(gone.next("unpublished", "UNPUBLISHED")).refresh();
            assertThatThrownBy(() -> index.related.related(gone.id, 4)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> index.related.related("no-such-id", 4)).isInstanceOf(NotFoundException.class);
        }
    }
}
