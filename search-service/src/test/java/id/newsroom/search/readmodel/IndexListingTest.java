package id.newsroom.search.readmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The listing the drift audit walks: id order, the held version, visibility, and keyset pages that cover it all. */
class IndexListingTest {

    @TempDir
    Path dir;

    @Test
    void pagesInIdOrderWithVersionAndVisibility() throws Exception {
        try (TestIndex index = new TestIndex(dir)) {
            Article c = new Article("id-c", "Pasar malam Tangerang").published(); // v1 published
            Article a = new Article("id-a", "Banjir di Ciledug").published();
            index.add(c).add(a);
            index.add(a.next("edited", "PUBLISHED")); // id-a v2, replaces v1
            index.add(a.next("unpublished", "UNPUBLISHED")); // id-a v3, a tombstone
            Article b = new Article("id-b", "Draf");
            index.add(b.next("created", "DRAFT"));
            index.refresh();

            List<IndexListing.Item> all = index.store.withSearcher(s -> IndexListing.page(s, null, 10));
            assertThat(all).containsExactly(new IndexListing.Item("id-a", 3, false),
                    new IndexListing.Item("id-b", 1, false), new IndexListing.Item("id-c", 1, true));

            List<IndexListing.Item> walked = new ArrayList<>();
            String after = null;
            List<IndexListing.Item> page;
            do {
                String cursor = after;
                page = index.store.withSearcher(s -> IndexListing.page(s, cursor, 2));
                walked.addAll(page);
                after = page.isEmpty() ? null : page.get(page.size() - 1).id();
            } while (page.size() == 2);
            assertThat(walked).isEqualTo(all);
            List<IndexListing.Item> afterB = index.store.withSearcher(s -> IndexListing.page(s, "id-b", 5));
            List<IndexListing.Item> afterBetween = index.store.withSearcher(s -> IndexListing.page(s, "id-bb", 5));
            assertThat(afterB).extracting(IndexListing.Item::id).containsExactly("id-c");
            assertThat(afterBetween).extracting(IndexListing.Item::id).containsExactly("id-c");
        }
    }
}
