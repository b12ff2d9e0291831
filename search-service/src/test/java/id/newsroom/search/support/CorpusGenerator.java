package id.newsroom.search.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Deterministic Indonesian news articles for benchmarks, sections, tags, authors and two years of dates, in two styles.
 * <ul>
 * <li>{@link Style#NEWS}: written the way news is. Each story has a topic (flood, market prices, UMKM training...), a
 * place and a few people; its sentences mix function words (yang, di, dari...), the topic's words, common words of
 * the region and names. Readers' queries name a topic, often with a place or a second topic word, popular topics more
 * often (Zipf).</li>
 * <li>{@link Style#DENSE}: a stress case. Every word of every story is drawn from the same 330 content words with a
 * heavy head, so an average 1-3 word query matches about a third of the corpus.</li>
 * </ul>
 */
public final class CorpusGenerator {

    public enum Style {
        NEWS, DENSE
    }

    static final String[] FUNCTION_WORDS = ("yang di dan ke dari ini itu dengan untuk pada dalam tidak akan juga oleh "
            + "sebagai karena telah sudah bisa ada atau lebih para saat masih hingga namun agar bagi tersebut setelah "
            + "sejak secara menurut kata mereka kami sebanyak sekitar").split(" ");
    static final String[] FIRST_NAMES = ("budi siti agus dewi rudi sri hendra rina joko wati andi yuni bambang lestari "
            + "eko fitri dedi nur ahmad ratna irfan maya teguh indah arif putri hadi wulan fajar ayu").split(" ");
    static final String[] LAST_NAMES = ("santoso wijaya saputra hidayat kurniawan pratama setiawan nugroho rahmawati "
            + "susanti gunawan siregar nasution lubis hakim firmansyah ramadhan permana suryadi halim").split(" ");
    static final int TOPIC_WORDS = 8;

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
            + "tokoh inspirasi sosok pendiri pengusaha seniman atlet veteran pahlawan sejarah museum cagar situs")
            .split(" ");
    static final String[] PLACES = ("tangerang tangsel serpong bsd ciledug karawaci cipondoh pamulang ciputat bintaro "
            + "cisauk tigaraksa balaraja cikupa teluknaga kosambi jatiuwung batuceper pinang larangan benda periuk "
            + "neglasari karangtengah curug legok pagedangan kelapa dua pasar kemis rajeg sepatan mauk").split(" ");
    static final String[] ACRONYMS = "pemkot pemkab dprd apbd bpbd dishub dinkes disdik umkm krl pilkada kpu ppdb bansos"
            .split(" ");
    static final String[][] CATEGORIES = {{"pemerintahan", "Pemerintahan"}, {"bisnis", "Bisnis"},
            {"properti", "Properti"}, {"wisata", "Wisata"}, {"tokoh", "Tokoh"}, {"olahraga", "Olahraga"},
            {"pendidikan", "Pendidikan"}, {"kesehatan", "Kesehatan"}, {"hukum", "Hukum"}};

    private final Random random;
    private final Style style;
    private final Instant now = Instant.parse("2026-11-28T00:00:00Z");
    private final int topics = WORDS.length / TOPIC_WORDS;
    private final int[] topicPopularity; // rank -> topic, so that query popularity is not the word list's order

    public CorpusGenerator(long seed, Style style) {
        this.random = new Random(seed);
        this.style = style;
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            order.add(t);
        }
        Collections.shuffle(order, new Random(seed + 1));
        this.topicPopularity = order.stream().mapToInt(Integer::intValue).toArray();
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
        return style == Style.NEWS ? story(number) : bagOfWords(number);
    }

    /** A story about one topic, in one place, with two people, as a news writer would put it. */
    private Article story(int number) {
        Story story = new Story(random.nextInt(topics), PLACES[skewed(PLACES.length)], person(), person());
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            int sentences = 2 + random.nextInt(2);
            for (int i = 0; i < sentences; i++) {
                body.append(sentence(story, 9, 15)).append(' ');
            }
            body.append("</p>");
        }
        Article article = new Article(capitalized(sentence(story, 6, 10).replace(".", "")) + " " + number)
                .summary(sentence(story, 14, 22))
                .body(body.toString())
                .category(category[0], category[1])
                .tags(topicWord(story.topic()), story.place())
                .author("penulis-" + random.nextInt(25), "Penulis " + random.nextInt(25))
                .publishedAt(now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))));
        article.tags = new ArrayList<>(new LinkedHashSet<>(article.tags));
        return article.published();
    }

    private record Story(int topic, String place, String person, String otherPerson) {}

    private String sentence(Story story, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            double roll = random.nextDouble();
            String w;
            if (roll < 0.35) {
                w = FUNCTION_WORDS[skewed(FUNCTION_WORDS.length)];
            } else if (roll < 0.70) {
                w = topicWord(story.topic());
            } else if (roll < 0.82) {
                w = WORDS[skewed(WORDS.length)];
            } else if (roll < 0.90) {
                w = random.nextDouble() < 0.7 ? story.place() : PLACES[random.nextInt(PLACES.length)];
            } else if (roll < 0.95) {
                w = random.nextBoolean() ? story.person() : story.otherPerson();
            } else if (roll < 0.98) {
                w = ACRONYMS[skewed(ACRONYMS.length)];
            } else {
                w = Integer.toString(1 + random.nextInt(500));
            }
            text.append(i == 0 ? capitalized(w) : w).append(i == count - 1 ? "." : " ");
        }
        return text.toString();
    }

    private String topicWord(int topic) {
        return WORDS[topic * TOPIC_WORDS + random.nextInt(TOPIC_WORDS)];
    }

    private String person() {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private Article bagOfWords(int number) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Article article = new Article(words(5, 9) + " " + number)
                .summary(words(14, 22) + ".")
                .body("<p>" + words(40, 60) + ".</p><p>" + words(40, 60) + ".</p>")
                .category(category[0], category[1])
                .tags(word(), word() + " " + word())
                .author("penulis-" + random.nextInt(25), "Penulis " + random.nextInt(25))
                .publishedAt(now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))));
        article.tags = new ArrayList<>(new LinkedHashSet<>(article.tags));
        return article.published();
    }

    /** The people ("first last", lower case) a generated text names, in order of first mention. */
    public static List<String> peopleIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<String> people = new ArrayList<>();
        for (String first : FIRST_NAMES) {
            for (String last : LAST_NAMES) {
                String name = first + " " + last;
                if (lower.contains(name) && !people.contains(name)) {
                    people.add(name);
                }
            }
        }
        people.sort(java.util.Comparator.comparingInt(lower::indexOf));
        return people;
    }

    /** Typical reader queries: one to three words. */
    public List<String> queries(int count) {
        return style == Style.NEWS ? topicQueries(count) : wordQueries(count);
    }

    /** A topic word, often with a place or a second topic word; popular topics asked more; now and then a name. */
    private List<String> topicQueries(int count) {
        double[] cumulative = new double[topics];
        double sum = 0;
        for (int rank = 0; rank < topics; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() < 0.08) {
                queries.add(person());
                continue;
            }
            int rank = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            int topic = topicPopularity[Math.min(topics - 1, rank < 0 ? -rank - 1 : rank)];
            int words = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder(topicWord(topic));
            for (int w = 1; w < words; w++) {
                q.append(' ').append(random.nextBoolean() ? PLACES[skewed(PLACES.length)] : topicWord(topic));
            }
            queries.add(q.toString());
        }
        return queries;
    }

    private List<String> wordQueries(int count) {
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
