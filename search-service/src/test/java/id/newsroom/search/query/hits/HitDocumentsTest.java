package id.newsroom.search.query.hits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;

/** The cache of shown hits never shows an article as it was before an edit. */
class HitDocumentsTest {

    @TempDir
    Path dir;

    TestIndex index;

    @BeforeEach
    void open() {
        index = new TestIndex(dir);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void anEditedArticleShowsItsNewTitleAndSummary() {
        Article article = new Article("Pasar Murah Digelar di Ciledug").summary("Warga antre minyak goreng.")
                .body("<p>Pasar murah berlangsung dua hari.</p>").published();
        index.add(article).refresh();
        SearchResponse.Hit before = first("pasar murah");
        assertThat(before.title()).isEqualTo("Pasar Murah Digelar di Ciledug");

        article.title = "Pasar Murah Diperpanjang di Ciledug";
        article.summary = "Antrean warga masih panjang.";
        index.add(article.next("edited", "PUBLISHED")).refresh(); // "edited": the contract's word

        SearchResponse.Hit after = first("pasar murah");
        assertThat(after.title()).isEqualTo("Pasar Murah Diperpanjang di Ciledug");
        assertThat(index.search.search(request("antrean")).hits()).extracting(SearchResponse.Hit::snippet)
                .singleElement().asString().contains("<mark>Antrean</mark>");
    }

    @Test
    void aHitShownAgainComesFromTheCacheAndIsCounted() {
        index.add(new Article("Pasar Murah Digelar di Ciledug").summary("Warga antre minyak goreng.").published())
                .refresh();
        first("pasar murah");
        first("ciledug"); // another query, the same story
        assertThat(lookups("miss")).isEqualTo(1);
        assertThat(lookups("hit")).isEqualTo(1);
    }

    private double lookups(String result) {
        return index.registry.get("news.search.document.cache.lookups").tag("result", result).functionCounter().count();
    }

    private SearchResponse.Hit first(String q) {
        return index.search.search(request(q)).hits().get(0);
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 10);
    }
}
