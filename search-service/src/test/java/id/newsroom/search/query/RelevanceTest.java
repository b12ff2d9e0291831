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

    static Article story(String key, int daysAgo, String category, String title, String summary, String body,
            String... tags) {
        Article article = new Article(title).summary(summary).body(body).category(category, capitalize(category))
                .tags(tags).publishedAt(Instant.now().minus(Duration.ofDays(daysAgo)));
        article.published();
        CORPUS.put(key, article);
        return article;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @BeforeAll
    static void buildCorpus() {
        story("umkm-pelatihan", 20, "bisnis", "Pemkot Tangsel Gelar Pelatihan Pemasaran Digital bagi Pelaku UMKM",
                "Ratusan pelaku usaha kecil belajar berjualan secara daring.",
                "<p>Dinas Koperasi Kota Tangerang Selatan melatih 300 pelaku usaha. Pelatihan ini demi kemajuan UMKM "
                        + "di tujuh kecamatan.</p>", "UMKM", "Pelatihan");
        story("umkm-bazar", 5, "bisnis", "Bazar UMKM Meriahkan HUT Kota Tangerang",
                "Puluhan stan produk lokal hadir di alun-alun.",
                "<p>Bazar produk usaha mikro digelar selama tiga hari di Alun-alun Ahmad Yani.</p>", "UMKM", "Bazar");
        story("krl", 3, "pemerintahan", "Jadwal KRL Rangkasbitung-Tanah Abang Berubah Mulai Pekan Depan",
                "KAI Commuter menambah perjalanan di lintas Serpong.",
                "<p>Perjalanan kereta rel listrik dari Stasiun Rawa Buntu dan Cisauk bertambah pada jam sibuk.</p>",
                "Transportasi", "Kereta");
        story("ktp", 10, "pemerintahan",
                "Disdukcapil Kabupaten Tangerang Buka Layanan Perekaman KTP Elektronik Akhir Pekan",
                "Warga bisa merekam data kependudukan pada hari Sabtu dan Minggu.",
                "<p>Layanan perekaman kartu tanda penduduk dibuka di kantor kecamatan Tigaraksa.</p>",
                "Layanan Publik");
        story("pilkada", 12, "pemerintahan", "KPU Kota Tangerang Gelar Debat Kedua Calon Wali Kota",
                "Debat membahas banjir, kemacetan dan layanan kesehatan.",
                "<p>Komisi Pemilihan Umum menyiapkan debat jelang pemilihan kepala daerah November.</p>", "Politik");
        story("banjir", 2, "pemerintahan", "Banjir Rendam Ratusan Rumah di Ciledug Usai Hujan Deras Semalaman",
                "BPBD mengevakuasi warga ke posko pengungsian.",
                "<p>Anak-anak dan lansia dievakuasi lebih dulu. Air setinggi satu meter merendam permukiman "
                        + "di Kecamatan Ciledug.</p>", "Banjir", "Bencana");
        story("bimtek", 30, "pemerintahan", "Wawali Tangerang Buka Bimtek Pengelolaan Keuangan Desa",
                "Aparatur desa dibekali cara menyusun laporan anggaran.",
                "<p>Ia meminta peserta menerapkan ilmu di kantor masing-masing.</p>",
                "Keuangan Desa");
        story("bsd", 40, "properti", "Harga Rumah di BSD City Naik Sepuluh Persen Tahun Ini",
                "Permintaan rumah tapak di Serpong masih tinggi.",
                "<p>Pengembang di kawasan itu mencatat penjualan meningkat.</p>", "Rumah");
        story("soetta", 6, "bisnis", "Penumpang di Bandara Soekarno-Hatta Melonjak Jelang Libur Natal",
                "Angkasa Pura memperkirakan lonjakan sampai dua puluh persen.",
                "<p>Terminal 3 menjadi yang tersibuk menjelang akhir tahun.</p>", "Bandara", "Libur");
        story("pantai", 15, "wisata", "Pantai Tanjung Pasir di Teluknaga Jadi Tujuan Wisata Keluarga",
                "Pengunjung menikmati perahu dan kuliner ikan bakar.",
                "<p>Akses jalan menuju pantai sudah diperbaiki.</p>", "Pantai");
        story("kuliner", 9, "wisata", "Menjelajahi Kuliner Malam Pasar Lama Tangerang",
                "Dari laksa hingga sate, pilihan makanan tersedia sampai larut.",
                "<p>Pedagang makanan berjajar di sepanjang Jalan Kisamaun setiap malam.</p>", "Kuliner");
        story("guru", 25, "tokoh", "Sosok Guru Honorer dari Pasar Kemis yang Mengajar Tanpa Dibayar",
                "Bu Sari mengajar membaca anak-anak kampung selama sepuluh tahun.",
                "<p>Ia mendirikan taman bacaan di rumahnya sendiri.</p>", "Pendidikan", "Inspirasi");
        story("persita", 1, "olahraga", "Persita Menang Tipis atas Tamu dari Bandung",
                "Gol tunggal tercipta pada menit akhir pertandingan.",
                "<p>Ribuan suporter memadati Stadion Indomilk Arena untuk laga sepak bola ini.</p>", "Persita");
        story("ppdb", 8, "pendidikan", "Pendaftaran PPDB SMP Negeri di Kota Tangerang Dibuka Senin",
                "Orang tua diminta menyiapkan kartu keluarga dan akta kelahiran.",
                "<p>Penerimaan peserta didik baru dilakukan secara daring melalui laman resmi dinas.</p>", "PPDB");
        story("dbd", 4, "kesehatan", "Kasus Demam Berdarah di Tangerang Selatan Meningkat",
                "Dinkes mengimbau warga melakukan 3M.",
                "<p>Petugas mencatat ratusan kasus dengue sejak awal musim hujan.</p>", "Kesehatan");
        story("korupsi", 11, "hukum", "Kejari Tangerang Tahan Mantan Kepala Desa Terkait Korupsi Dana Desa",
                "Kerugian negara ditaksir ratusan juta rupiah.",
                "<p>Tersangka ditahan di rumah tahanan selama dua puluh hari.</p>", "Korupsi");
        story("stunting", 18, "kesehatan", "Posyandu di Cipondoh Jadi Garda Depan Penurunan Stunting",
                "Kader menimbang balita setiap bulan.",
                "<p>Angka gagal tumbuh pada balita turun berkat pemberian makanan tambahan.</p>", "Stunting");
        story("umk", 14, "bisnis", "Buruh Tangerang Tuntut Kenaikan UMK Tahun Depan",
                "Serikat pekerja menggelar aksi di depan kantor bupati.",
                "<p>Mereka meminta upah minimum naik delapan persen.</p>", "Buruh", "Upah");
        story("jalan", 22, "pemerintahan", "Pelebaran Jalan Raya Serpong Ditargetkan Rampung Akhir Tahun",
                "Dishub menyiapkan rekayasa lalu lintas.",
                "<p>Petugas meminta pengendara menghindari ruas itu saat jam sibuk.</p>", "Jalan");
        story("tpa", 16, "pemerintahan", "TPA Cipeucang Kelebihan Muatan, Pemkot Tangsel Cari Lahan Baru",
                "Volume sampah harian terus bertambah.",
                "<p>Tempat pemrosesan akhir itu menerima ratusan ton sampah setiap hari.</p>", "Sampah");
        story("kebakaran", 7, "pemerintahan", "Gudang Plastik di Jatiuwung Terbakar, Sepuluh Mobil Damkar Dikerahkan",
                "Api baru padam setelah empat jam.",
                "<p>Petugas tidak menemukan korban jiwa.</p>", "Kebakaran");
        story("cfd", 13, "wisata", "Car Free Day Kembali Digelar di Jalan Sudirman",
                "Warga bersepeda dan berolahraga setiap Minggu pagi.",
                "<p>Kegiatan berlangsung pukul enam sampai sembilan.</p>", "CFD");
        story("bansos", 19, "pemerintahan", "Pencairan Bansos Tahap Akhir untuk Keluarga Penerima Manfaat",
                "Penyaluran dilakukan melalui kantor pos.",
                "<p>Dana diberikan kepada 12 ribu keluarga di Kabupaten Tangerang.</p>", "Bansos");
        story("apartemen", 35, "properti", "Pengembang Luncurkan Apartemen Dekat Stasiun Cisauk",
                "Hunian vertikal menyasar pekerja Jakarta.",
                "<p>Unit studio ditawarkan mulai 300 juta rupiah dengan cicilan KPR.</p>", "Apartemen");
        story("narkoba", 21, "hukum", "Polres Tangerang Selatan Ungkap Peredaran Narkoba di Pamulang",
                "Tiga tersangka ditangkap bersama barang bukti sabu.",
                "<p>Kepolisian resor menyita puluhan gram narkotika.</p>", "Narkoba");
        story("membatik", 17, "pendidikan", "Murid SD di Kelapa Dua Belajar Membatik",
                "Sekolah mengenalkan budaya lewat kegiatan seni.",
                "<p>Siswa-siswi kelas lima membuat motif batik sendiri.</p>", "Budaya");
        story("paripurna-lama", 400, "pemerintahan", "Rapat Paripurna DPRD Kota Tangerang Bahas APBD",
                "Dewan membahas rancangan anggaran.", "<p>Rapat paripurna dihadiri seluruh fraksi.</p>", "DPRD");
        story("paripurna-baru", 1, "pemerintahan", "Rapat Paripurna DPRD Kota Tangerang Bahas APBD",
                "Dewan membahas rancangan anggaran.", "<p>Rapat paripurna dihadiri seluruh fraksi.</p>", "DPRD");
        story("xss", 3, "hukum", "Sidang Kasus <script> Penipuan Daring",
                "Terdakwa memakai tanda \"kurang dari\" <b>palsu</b>.",
                "<p>Hakim membacakan putusan penipuan &amp; pemalsuan dokumen &lt;rahasia&gt;.</p>", "Sidang");
        index = new TestIndex(dir);
        CORPUS.values().forEach(index::add);
        index.refresh();
        try {
            Path empty = java.nio.file.Files.writeString(dir.resolve("no-synonyms.txt"), "# empty\n");
            withoutDictionary = new SearchService(index.store, new id.newsroom.search.analysis.SynonymDictionary(empty),
                    new id.newsroom.search.config.SearchProperties().getQuery(), new HitDocuments(0, index.registry),
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
        assertThat(notUmkm.total()).isEqualTo(CORPUS.size() - 2);
        assertThat(notUmkm.hits()).extracting(SearchResponse.Hit::articleId)
                .doesNotContain(CORPUS.get("umkm-pelatihan").id, CORPUS.get("umkm-bazar").id);
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
        assertThat(titles("persiat")).contains(CORPUS.get("persita").title);    // transposition in the prefix
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

    private static List<String> ids(SearchRequest request) {
        return index.search.search(request).hits().stream().map(SearchResponse.Hit::articleId).toList();
    }
}
