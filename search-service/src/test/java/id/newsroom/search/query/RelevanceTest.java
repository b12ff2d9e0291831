package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.TestIndex;

/**
 * Relevance over a fixed Indonesian corpus: for each query the expected story is among the first three results.
 * The queries use inflections, acronyms and their expansions, place-name variants, reduplication, phrases and
 * exclusions, the way readers of a Greater Tangerang portal type them.
 */
class RelevanceTest {

    @TempDir
    static Path dir;

    static TestIndex index;
    static SearchService withoutDictionary;
    static final Map<String, Article> CORPUS = new LinkedHashMap<>();

    @BeforeAll
    static void buildCorpus() {
        CORPUS.putAll(JudgedCorpus.stories());
        index = new TestIndex(dir);
        CORPUS.values().forEach(index::add);
        index.refresh();
        try {
            Path empty = java.nio.file.Files.writeString(dir.resolve("no-synonyms.txt"), "# empty\n");
            withoutDictionary = new SearchService(index.store, new id.newsroom.search.analysis.SynonymDictionary(empty),
                    id.newsroom.search.support.Settings.search().query(), new HitDocuments(0, index.registry),
                    index.registry);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                // inflections (Indonesian stemming)
                Arguments.of("pelatihan umkm", "umkm-pelatihan"),
                Arguments.of("melatih pelaku usaha", "umkm-pelatihan"),
                Arguments.of("perekaman ktp", "ktp"),
                Arguments.of("mengevakuasi warga banjir", "banjir"),
                Arguments.of("pengajar honorer", "guru"),
                Arguments.of("pendaftar smp", "ppdb"),
                Arguments.of("penahanan kepala desa", "korupsi"),
                Arguments.of("peluncuran apartemen", "apartemen"),
                Arguments.of("kebakaran gudang", "kebakaran"),
                // reduplication matches the base
                Arguments.of("anak-anak dievakuasi", "banjir"),
                Arguments.of("siswa membatik", "membatik"),
                // phrases and exclusions
                Arguments.of("\"pasar lama\"", "kuliner"),
                Arguments.of("\"stasiun cisauk\" apartemen", "apartemen"),
                Arguments.of("umkm -pelatihan", "umkm-bazar"),
                Arguments.of("serpong -rumah -pelebaran", "krl"),
                Arguments.of("persita sepak bola", "persita"));
    }

    /** Queries that only the synonym and acronym dictionary can answer (the story uses the other form). */
    static Stream<Arguments> dictionaryQueries() {
        return Stream.of(
                // acronyms and their expansions (synonym dictionary, both ways)
                Arguments.of("usaha mikro kecil menengah", "umkm-pelatihan"),
                Arguments.of("pemerintah kota tangerang selatan sampah", "tpa"),
                Arguments.of("wakil wali kota bimbingan teknis", "bimtek"),
                Arguments.of("dinas kependudukan dan pencatatan sipil", "ktp"),
                Arguments.of("commuter line", "krl"),
                Arguments.of("pilkada", "pilkada"),
                Arguments.of("pemadam kebakaran jatiuwung", "kebakaran"),
                Arguments.of("dinas perhubungan serpong", "jalan"),
                Arguments.of("bantuan sosial", "bansos"),
                Arguments.of("dbd dinas kesehatan", "dbd"),
                Arguments.of("upah minimum kabupaten kota", "umk"),
                Arguments.of("kejaksaan negeri korupsi", "korupsi"),
                Arguments.of("hari bebas kendaraan bermotor", "cfd"),
                Arguments.of("tengkes balita", "stunting"),
                // place names in several spellings
                Arguments.of("bumi serpong damai", "bsd"),
                Arguments.of("banjir cileduk", "banjir"),
                Arguments.of("teluk naga pantai", "pantai"),
                Arguments.of("soetta libur", "soetta"),
                Arguments.of("kuliner tanggerang", "kuliner"),
                Arguments.of("tangsel narkoba", "narkoba"),
                Arguments.of("paskem guru", "guru"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("dictionaryQueries")
    void dictionaryFindsTheOtherForm(String q, String expected) {
        expectedStoryIsInTheTopThree(q, expected);
        // Without the dictionary it may be a partial match, or found through a spelling correction, never a full one.
        SearchResponse without = withoutDictionary.search(new SearchRequest(q, null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 50));
        List<String> full = without.hits().stream().filter(hit -> "full".equals(hit.match()))
                .map(SearchResponse.Hit::articleId).toList();
        if (without.didYouMean() == null) {
            assertThat(full).as("without the dictionary %s should not fully match it", q)
                    .doesNotContain(CORPUS.get(expected).id);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("queries")
    void expectedStoryIsInTheTopThree(String q, String expected) {
        List<String> top = index.search.search(new SearchRequest(q, null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 3)).hits().stream().map(SearchResponse.Hit::articleId).toList();
        assertThat(top).as("top 3 for %s", q).contains(CORPUS.get(expected).id);
    }

    @Test
    void partialMatchesFollowTheFullOnesAndSaySo() {
        // Issue 12: the landfill story says "Pemkot" and "sampah" but never "Tangsel".
        SearchResponse response = search("pemkot tangsel sampah", 10);
        assertThat(response.hits().get(0).articleId()).isEqualTo(CORPUS.get("tpa").id);
        assertThat(response.hits().get(0).match()).isEqualTo("full");
        assertThat(ids(response)).contains(CORPUS.get("cipeucang").id);
        assertThat(response.matches().full()).isEqualTo(1);
        assertThat(response.matches().partial()).isPositive();
        assertThat(response.total()).isEqualTo(response.matches().full() + response.matches().partial());
        assertThat(response.totalRelation()).isEqualTo("eq");
        assertThat(response.hits()).extracting(SearchResponse.Hit::match).first().isEqualTo("full");
        assertThat(response.hits().subList(1, response.hits().size()))
                .allSatisfy(hit -> assertThat(hit.match()).isEqualTo("partial"));
        assertThat(response.facets().get("category").stream().mapToLong(SearchResponse.FacetBucket::count).sum())
                .isEqualTo(response.total());
    }

    @Test
    void nearSynonymsAndMultiWordSynonymsAcrossCommasAndDan() {
        // "bimtek" for "pelatihan"; "usaha mikro, kecil, dan menengah" for "umkm"; the tag tangsel.
        SearchResponse response = search("pelatihan umkm tangsel", 3);
        assertThat(ids(response)).contains(CORPUS.get("bimtek-umkm").id, CORPUS.get("umkm-pelatihan").id);
        assertThat(response.hits()).allSatisfy(hit -> assertThat(hit.match()).isEqualTo("full"));
        assertThat(ids(search("umkm", 50))).contains(CORPUS.get("bimtek-umkm").id);
    }

    @Test
    void didYouMeanCorrectsAnUnknownWordAndSearchesForTheCorrection() {
        SearchResponse response = search("kebakran gudang", 3);
        assertThat(response.didYouMean()).isEqualTo("kebakaran gudang");
        assertThat(ids(response)).first().isEqualTo(CORPUS.get("kebakaran").id);
        assertThat(response.hits().get(0).match()).isEqualTo("full");
        assertThat(search("kebakaran gudang", 3).didYouMean()).isNull();
        assertThat(search("tanggerang kuliner", 3).didYouMean()).as("a dictionary spelling is known").isNull();
        assertThat(search("zzzqqqx", 3).didYouMean()).isNull();
    }

    @Test
    void wordsCloseTogetherRankAboveTheSameWordsFarApart() {
        assertThat(ids(search("cabai pasar cisauk", 2)))
                .containsExactly(CORPUS.get("proximity-near").id, CORPUS.get("proximity-far").id);
    }

    @Test
    void tagsAndSectionNamesAreSearchable() {
        assertThat(ids(search("wisata air", 3))).first().isEqualTo(CORPUS.get("tag-only").id);
        assertThat(ids(search("olahraga", 3))).contains(CORPUS.get("persita").id);
    }

    @Test
    void exclusionRemovesMatchingStories() {
        List<String> ids = ids(new SearchRequest("umkm -pelatihan", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10));
        assertThat(ids).doesNotContain(CORPUS.get("umkm-pelatihan").id).contains(CORPUS.get("umkm-bazar").id);
    }

    @Test
    void onlyExclusionsListEverythingElse() {
        SearchResponse all = index.search.search(new SearchRequest(null, null, null, null, null, null,
                SearchRequest.Sort.NEWEST, 1, 50));
        SearchResponse notUmkm = index.search.search(new SearchRequest("-umkm", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 50));
        assertThat(all.total()).isEqualTo(CORPUS.size());
        assertThat(notUmkm.total()).isEqualTo(CORPUS.size() - 3);
        assertThat(notUmkm.hits()).extracting(SearchResponse.Hit::articleId)
                .doesNotContain(CORPUS.get("umkm-pelatihan").id, CORPUS.get("umkm-bazar").id,
                        CORPUS.get("bimtek-umkm").id);
    }

    @Test
    void recentStoryWinsATie() {
        List<String> ids = ids(new SearchRequest("rapat paripurna apbd", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 2));
        assertThat(ids).containsExactly(CORPUS.get("paripurna-baru").id, CORPUS.get("paripurna-lama").id);
    }

    @Test
    void newestSortOrdersByPublicationTime() {
        List<SearchResponse.Hit> hits = index.search.search(new SearchRequest("tangerang", null, null, null, null,
                null, SearchRequest.Sort.NEWEST, 1, 10)).hits();
        assertThat(hits).extracting(SearchResponse.Hit::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isNull());
    }

    @Test
    void filtersAndCategoryFacet() {
        SearchResponse all = index.search.search(new SearchRequest("tangerang", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 50));
        SearchResponse hukum = index.search.search(new SearchRequest("tangerang", "hukum", null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 50));
        assertThat(hukum.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.category().slug()).isEqualTo("hukum"));
        // Facet counts ignore the category filter, so the reader sees the other sections too.
        assertThat(hukum.facets().get("category")).isEqualTo(all.facets().get("category"));
        long hukumCount = all.facets().get("category").stream().filter(b -> b.slug().equals("hukum"))
                .findFirst().orElseThrow().count();
        assertThat(hukum.total()).isEqualTo(hukumCount);
        assertThat(all.facets().get("category").stream().mapToLong(SearchResponse.FacetBucket::count).sum())
                .isEqualTo(all.total());

        assertThat(ids(new SearchRequest(null, null, "ppdb", null, null, null, SearchRequest.Sort.RELEVANCE, 1, 10)))
                .containsExactly(CORPUS.get("ppdb").id);
        Instant now = Instant.now();
        List<String> lastWeek = ids(new SearchRequest(null, "pemerintahan", null, null, now.minus(Duration.ofDays(4)),
                now, SearchRequest.Sort.NEWEST, 1, 50));
        assertThat(lastWeek).containsExactly(CORPUS.get("paripurna-baru").id, CORPUS.get("banjir").id,
                CORPUS.get("krl").id);
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        SearchResponse.Hit hit = index.search.search(new SearchRequest("penipuan", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 1)).hits().get(0);
        assertThat(hit.articleId()).isEqualTo(CORPUS.get("xss").id);
        assertThat(hit.snippet()).contains("<mark>penipuan</mark>").contains("&amp;").contains("&lt;rahasia&gt;")
                .doesNotContain("<rahasia>").doesNotContain("<b>").doesNotContain("<script>");
        assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void suggestCompletesPrefixesAndToleratesOneTypo() {
        assertThat(titles("pantai tanj")).contains(CORPUS.get("pantai").title);
        assertThat(titles("kulinr mal")).contains(CORPUS.get("kuliner").title); // typo in a finished word
        assertThat(titles("persiat")).contains(CORPUS.get("persita").title); // transposition in the prefix
        assertThat(titles("zzzqqq")).isEmpty();
    }

    @Test
    void relatedFindsSimilarStoriesButNeverItself() {
        String id = CORPUS.get("paripurna-baru").id;
        List<String> related = index.related.related(id, 5).hits().stream().map(SearchResponse.Hit::articleId)
                .toList();
        assertThat(related).doesNotContain(id).startsWith(CORPUS.get("paripurna-lama").id);
    }

    private static List<String> titles(String q) {
        return index.suggest.suggest(q, 8).suggestions().stream().map(SearchResponse.Suggestion::title).toList();
    }

    private static SearchResponse search(String q, int size) {
        return index.search.search(new SearchRequest(q, null, null, null, null, null, SearchRequest.Sort.RELEVANCE,
                1, size));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::articleId).toList();
    }

    private static List<String> ids(SearchRequest request) {
        return index.search.search(request).hits().stream().map(SearchResponse.Hit::articleId).toList();
    }
}
