package id.newsroom.search.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic Indonesian news articles for benchmarks: regional vocabulary drawn with a Zipf-like skew (so some
 * words are everywhere and most are rare, as in real news), sections, tags, authors and two years of dates.
 */
public final class CorpusGenerator {

    static final String[] WORDS = ("pemerintah kota kabupaten warga jalan banjir pelatihan usaha pelaku umkm sekolah "
            + "siswa guru rumah sakit pasien dokter pasar pedagang harga beras cabai bawang minyak bandara penumpang "
            + "kereta stasiun jadwal perjalanan proyek pembangunan anggaran dewan rapat paripurna wali bupati camat "
            + "lurah desa kecamatan kelurahan polisi tersangka pencurian penipuan korupsi kejaksaan pengadilan hakim "
            + "sidang vonis festival budaya wisata pantai sungai danau taman kuliner makanan minuman kopi sate laksa "
            + "pertandingan sepak bola stadion pemain pelatih juara turnamen olahraga sepeda lari renang bulu tangkis "
            + "kesehatan vaksin imunisasi posyandu balita stunting gizi demam berdarah nyamuk sampah limbah lingkungan "
            + "pohon penghijauan air bersih listrik padam gangguan pelayanan perizinan pajak retribusi investasi "
            + "pabrik buruh upah pekerja lowongan kerja pengangguran pendidikan beasiswa kampus mahasiswa wisuda "
            + "properti apartemen perumahan pengembang cicilan bank kredit tanah sertifikat gedung kantor pelabuhan "
            + "kemacetan lalu lintas tol angkutan bus ojek parkir trotoar lampu jembatan saluran drainase genangan "
            + "hujan deras angin kebakaran gudang petugas evakuasi korban bantuan sosial keluarga penerima lansia "
            + "anak perempuan pemuda komunitas relawan masjid gereja vihara perayaan lebaran natal imlek ramadan "
            + "takjil bazar pameran seni musik konser teater film fotografi batik kerajinan produk lokal ekspor "
            + "digital aplikasi internet layanan daring inovasi teknologi startup pemasaran penjualan pembeli toko "
            + "minimarket mal pusat belanja diskon promo hadiah undian kompetisi lomba pemenang penghargaan prestasi "
            + "tokoh inspirasi sosok pendiri pengusaha seniman atlet veteran pahlawan sejarah museum cagar situs").split(" ");
    static final String[] PLACES = ("tangerang tangsel serpong bsd ciledug karawaci cipondoh pamulang ciputat bintaro "
            + "cisauk tigaraksa balaraja cikupa teluknaga kosambi jatiuwung batuceper pinang larangan benda periuk "
            + "neglasari karangtengah curug legok pagedangan kelapa dua pasar kemis rajeg sepatan mauk").split(" ");
    static final String[] ACRONYMS = "pemkot pemkab dprd apbd bpbd dishub dinkes disdik umkm krl pilkada kpu ppdb bansos"
            .split(" ");
    static final String[][] CATEGORIES = {{"pemerintahan", "Pemerintahan"}, {"bisnis", "Bisnis"},
        {"properti", "Properti"}, {"wisata", "Wisata"}, {"tokoh", "Tokoh"}, {"olahraga", "Olahraga"},
        {"pendidikan", "Pendidikan"}, {"kesehatan", "Kesehatan"}, {"hukum", "Hukum"}};

    private final Random random;
    private final Instant now = Instant.parse("2026-11-28T00:00:00Z");

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A word with a heavy head: low indexes are drawn far more often. */
    String word() {
        double roll = random.nextDouble();
        if (roll < 0.12) {
            return PLACES[skewed(PLACES.length)];
        }
        if (roll < 0.18) {
            return ACRONYMS[skewed(ACRONYMS.length)];
        }
        return WORDS[skewed(WORDS.length)];
    }

    private int skewed(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * n));
    }

    private String words(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String w = word();
            text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return text.toString().strip();
    }

    public Article next(int number) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Article article = new Article(words(5, 9) + " " + number)
                .summary(words(14, 22) + ".")
                .body("<p>" + words(40, 60) + ".</p><p>" + words(40, 60) + ".</p>")
                .category(category[0], category[1])
                .tags(word(), word() + " " + word())
                .author("penulis-" + random.nextInt(25), "Penulis " + random.nextInt(25))
                .publishedAt(now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))));
        article.tags = new ArrayList<>(new java.util.LinkedHashSet<>(article.tags));
        return article.published();
    }

    /** Typical reader queries: one to three words, as skewed as the text. */
    public List<String> queries(int count) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int words = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int w = 0; w < words; w++) {
                q.append(word()).append(' ');
            }
            queries.add(q.toString().strip());
        }
        return queries;
    }
}
