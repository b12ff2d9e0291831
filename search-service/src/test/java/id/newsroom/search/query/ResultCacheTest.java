package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.indexing.ArticleEvent;
import id.newsroom.search.indexing.ArticleEventReader;
import id.newsroom.search.indexing.IndexGeneration;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.Settings;
import id.newsroom.search.support.TestIndex;

/**
 * Answers are kept across refreshes and revalidated against the stories each refresh changed (real index, real
 * analyzers): served again when nothing they show or count changed, recomputed when a change touches them, and never
 * showing a story that was taken down. A full reindex or a dictionary reload empties the cache.
 */
class ResultCacheTest {

    @TempDir
    Path dir;

    TestIndex index;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Article rendam;
    Article surut;
    Article tanggul;

    @BeforeEach
    void corpus() {
        index = new TestIndex(dir);
        rendam = story("Banjir rendam perumahan di Ciledug", "Banjir setinggi lutut merendam perumahan warga.", 1);
        surut = story("Banjir di Cipondoh mulai surut", "Air banjir surut, warga membersihkan rumah.", 2);
        tanggul = story("Tanggul jebol, banjir di Pamulang", "Tanggul kali jebol dan banjir merendam jalan.", 3);
        index.add(rendam).add(surut).add(tanggul)
                .add(story("Pelatihan UMKM di Serpong", "Pelaku usaha mengikuti pelatihan pemasaran.", 4)).refresh();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private Article story(String title, String body, int hoursAgo) {
        return new Article(title).summary(title).body("<p>" + body + "</p>")
                .publishedAt(now.minus(hoursAgo, ChronoUnit.HOURS)).published();
    }

    private SearchResponse search(String q) {
        return search(q, 10);
    }

    private SearchResponse search(String q, int size) {
        return index.search.search(
                new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, size));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::articleId).toList();
    }

    private double served() {
        return index.registry.get("cache.gets").tag("cache", "search_results").tag("result", "hit").functionCounter()
                .count();
    }

    private double revalidations(String outcome) {
        return index.registry.get("news.search.cache.revalidations").tag("cache", "search_results")
                .tag("outcome", outcome).counter().count();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheAndCounted() {
        SearchResponse first = search("banjir");
        assertThat(served()).isZero();
        SearchResponse second = search("banjir");
        assertThat(ids(second)).isEqualTo(ids(first)).hasSize(3);
        assertThat(served()).isEqualTo(1);
        search("pelatihan");
        assertThat(served()).as("another search is not this one's answer").isEqualTo(1);
        assertThat(revalidations("kept") + revalidations("recomputed")).as("no refresh: nothing to check").isZero();
    }

    @Test
    void anAnswerSurvivesARefreshThatChangedAnUnrelatedStory() {
        SearchResponse before = search("banjir");
        index.add(story("Harga cabai naik di pasar Cisauk", "Pedagang menyebut harga cabai naik.", 0)).refresh();
        Article umkm = story("Bazar UMKM di BSD", "Pelaku UMKM menjual produk.", 5);
        index.add(umkm).refresh();
        index.add(umkm.next("edited", "PUBLISHED")).refresh(); // an edit elsewhere, over a third refresh

        SearchResponse after = search("banjir");

        assertThat(ids(after)).isEqualTo(ids(before));
        assertThat(after.total()).isEqualTo(3);
        assertThat(served()).as("served from the cache").isEqualTo(1);
        assertThat(revalidations("kept")).isEqualTo(1);
        assertThat(revalidations("recomputed")).isZero();
        search("banjir");
        assertThat(revalidations("kept")).as("re-stamped: the same reader needs no second check").isEqualTo(1);
        assertThat(served()).isEqualTo(2);
    }

    @Test
    void aNewMatchingStoryIsFoundAtOnce() {
        assertThat(search("banjir").total()).isEqualTo(3);
        Article fresh = story("Banjir bandang di Ciputat", "Banjir bandang menerjang permukiman.", 0);
        index.add(fresh).refresh();

        SearchResponse after = search("banjir");

        assertThat(after.total()).isEqualTo(4);
        assertThat(ids(after)).contains(fresh.id);
        assertThat(revalidations("recomputed")).isEqualTo(1);
        assertThat(served()).isZero();
    }

    @Test
    void aStoryThatNewlyMatchesAfterAnEditIsFoundToo() {
        Article umkm = story("Pelatihan UMKM di Karawaci", "Pelaku usaha belajar pemasaran daring.", 6);
        index.add(umkm).refresh();
        assertThat(search("banjir").total()).isEqualTo(3);
        umkm.title = "Pelatihan UMKM ditunda karena banjir";
        index.add(umkm.next("edited", "PUBLISHED")).refresh();

        assertThat(ids(search("banjir"))).contains(umkm.id).hasSize(4);
    }

    @Test
    void aWithdrawnOrDeletedHitIsNeverServedAgain() throws Exception {
        assertThat(ids(search("banjir"))).contains(rendam.id, surut.id);
        index.add(rendam.next("unpublished", "UNPUBLISHED")).refresh();

        SearchResponse afterUnpublish = search("banjir");
        assertThat(ids(afterUnpublish)).doesNotContain(rendam.id).hasSize(2);
        assertThat(afterUnpublish.total()).isEqualTo(2);

        // Deleted: the index keeps only its version, so the story leaves every answer.
        index.store.current().apply(new ArticleEvent(surut.id, Long.MAX_VALUE, "DELETED", null, null, null, null,
                null, null, List.of(), null, null, null, null));
        index.refresh();

        assertThat(ids(search("banjir"))).containsExactly(tanggul.id);
        assertThat(revalidations("recomputed")).isEqualTo(2);
        assertThat(revalidations("kept")).isZero();
    }

    @Test
    void anEditedHitThatNoLongerMatchesDisappears() {
        assertThat(ids(search("banjir"))).contains(tanggul.id);
        tanggul.title = "Tanggul kali di Pamulang diperbaiki";
        tanggul.summary = tanggul.title;
        tanggul.body = "<p>Petugas memperbaiki tanggul kali yang retak.</p>";
        index.add(tanggul.next("edited", "PUBLISHED")).refresh();

        SearchResponse after = search("banjir");

        assertThat(ids(after)).doesNotContain(tanggul.id).hasSize(2);
        assertThat(after.total()).isEqualTo(2);
    }

    @Test
    void aStoryThatLeftTheCountsWithoutBeingShownIsNoLongerCounted() {
        SearchResponse first = search("banjir", 1); // one hit shown, three counted
        assertThat(first.total()).isEqualTo(3);
        Article hidden = ids(first).contains(tanggul.id) ? surut : tanggul;
        hidden.title = "Warga kerja bakti di Cipondoh";
        hidden.summary = hidden.title;
        hidden.body = "<p>Warga membersihkan selokan bersama.</p>";
        index.add(hidden.next("edited", "PUBLISHED")).refresh();

        SearchResponse after = search("banjir", 1);

        // Not among the shown hits and no longer matching: only the searcher the answer was found on knew it counted.
        assertThat(after.total()).isEqualTo(2);
        assertThat(after.facets().get("category").get(0).count()).isEqualTo(2);
        assertThat(revalidations("recomputed")).isEqualTo(1);
    }

    @Test
    void aMergeKeepsEveryAnswer() throws Exception {
        index.add(story("Harga cabai naik", "Pedagang menyebut harga cabai naik.", 0)).refresh();
        SearchResponse before = search("banjir");
        index.store.current().forceMerge(1);
        index.refresh();

        assertThat(ids(search("banjir"))).isEqualTo(ids(before));
        assertThat(revalidations("kept")).isEqualTo(1);
    }

    @Test
    void aCorrectedSearchIsRecomputedOnAnyChange() {
        SearchResponse corrected = search("banjr");
        assertThat(corrected.didYouMean()).isEqualTo("banjir");
        index.add(story("Harga cabai naik", "Pedagang menyebut harga cabai naik.", 0)).refresh();

        assertThat(search("banjr").didYouMean()).isEqualTo("banjir");
        assertThat(revalidations("recomputed")).as("the vocabulary of the whole index decides").isEqualTo(1);
    }

    @Test
    void aReindexEmptiesIt() throws Exception {
        assertThat(search("banjir").total()).isEqualTo(3);
        IndexGeneration next = index.store.createGeneration();
        ArticleEventReader reader = new ArticleEventReader();
        next.apply(reader.read(rendam.json().getBytes(StandardCharsets.UTF_8)));
        next.commit();
        next.refresh();
        index.store.activate(next);

        SearchResponse after = search("banjir");

        assertThat(ids(after)).containsExactly(rendam.id);
        assertThat(served()).isZero();
        assertThat(revalidations("kept") + revalidations("recomputed")).as("emptied, not revalidated").isZero();
    }

    @Test
    void aDictionaryReloadEmptiesIt() {
        search("banjir");
        index.synonyms.reload();
        search("banjir");
        assertThat(served()).isZero();
        search("banjir");
        assertThat(served()).isEqualTo(1);
    }

    @Test
    void withoutRevalidationEveryRefreshRecomputes() throws Exception {
        index.close();
        index = new TestIndex(dir.resolve("old-rule"), Settings.search("query.cache-revalidation", "false"));
        index.add(rendam).refresh();
        search("banjir");
        index.add(story("Harga cabai naik", "Pedagang menyebut harga cabai naik.", 0)).refresh();
        search("banjir");
        assertThat(served()).isZero();
        assertThat(revalidations("recomputed")).isEqualTo(1);
    }

    @Test
    void aCacheSizeOfZeroKeepsNothing() throws Exception {
        index.close();
        index = new TestIndex(dir.resolve("off"), Settings.search("query.cache-size", "0"));
        index.add(rendam).refresh();
        search("banjir");
        search("banjir");
        assertThat(served()).isZero();
    }
}
