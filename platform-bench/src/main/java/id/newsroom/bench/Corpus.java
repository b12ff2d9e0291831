package id.newsroom.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic archive of Indonesian-like news: stories about a topic in a place with people, in one of the
 * sections, with tags, varied lengths and publication times spread back from a fixed day, so that every run with the
 * same N imports the same articles (same external ids: a re-run changes nothing).
 */
final class Corpus {

    static final List<String> SECTIONS = List.of("pemerintahan", "bisnis", "properti", "wisata", "tokoh", "olahraga",
            "pendidikan", "kesehatan", "hukum");
    static final List<String> PLACES = List.of("Tangerang", "Tangerang Selatan", "Serpong", "Ciputat", "Cisauk",
            "Balaraja", "Tigaraksa", "Pamulang", "Karawaci", "Cikupa", "Pagedangan", "Legok", "Kelapa Dua", "Cipondoh",
            "Batuceper", "Neglasari", "Pakuhaji", "Teluknaga", "Mauk", "Rajeg");
    static final List<String> PEOPLE = List.of("Arief Wismansyah", "Benyamin Davnie", "Pilar Saga Ichsan",
            "Sachrudin", "Moch Maesyal Rasyid", "Intan Nurul Hikmah", "Andi Ony", "Nurdin", "Sri Wahyuni",
            "Bambang Sutrisno", "Dewi Lestari", "Rudi Hartono");
    static final List<String> TOPICS = List.of("banjir", "sampah", "jalan", "pasar", "sekolah", "puskesmas", "umkm",
            "pajak", "macet", "festival", "kuliner", "stadion", "perumahan", "investasi", "pelatihan", "vaksinasi",
            "pilkada", "narkoba", "pencurian", "taman", "transportasi", "air", "listrik", "beasiswa", "pariwisata",
            "koperasi", "rusun", "tol", "bandara", "stunting");
    private static final List<String> VERBS = List.of("meresmikan", "meninjau", "membahas", "menggelar", "menyiapkan",
            "mengevaluasi", "meluncurkan", "menertibkan", "memperbaiki", "mendorong");
    private static final List<String> FILLER = List.of("warga", "pemerintah", "kota", "kabupaten", "program",
            "kegiatan", "dinas", "anggaran", "tahun", "masyarakat", "wilayah", "kecamatan", "kelurahan", "petugas",
            "rencana", "pembangunan", "pelayanan", "daerah", "lokasi", "bantuan");
    private static final List<String> FUNCTION = List.of("yang", "di", "dan", "untuk", "dengan", "pada", "dari",
            "akan", "telah", "ini", "itu", "juga", "dalam", "oleh", "agar");
    static final Instant NEWEST = Instant.parse("2026-11-28T03:00:00Z");

    record Article(String externalId, String slug, String title, String topic, String place, String section) {}

    private final int size;
    private final long seed;
    private final JsonMapper json = JsonMapper.builder().build();
    private List<String> mediaIds = List.of();

    Corpus(int size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** The photos (media ids) that stories with a picture show, in turn; none: no story has a picture. */
    void photos(List<String> ids) {
        this.mediaIds = List.copyOf(ids);
    }

    /** Three stories in four carry a photo (fixed by index, so the benchmark can read pages of both kinds). */
    boolean hasPhoto(int i) {
        return !mediaIds.isEmpty() && i % 4 != 0;
    }

    int size() {
        return size;
    }

    /** The article with index {@code i} (the same every time) and its NDJSON import line. */
    Article article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String topic = pick(r, TOPICS);
        String place = pick(r, PLACES);
        String section = pick(r, SECTIONS);
        String title = capitalize(pick(r, PEOPLE) + " " + pick(r, VERBS) + " " + topic + " " + pick(r, FILLER)
                + " di " + place);
        String slug = slugOf(title) + "-" + Integer.toString(i, 36);
        return new Article("bench-" + i, slug, title, topic, place, section);
    }

    String importLine(int i) {
        Random r = new Random(seed * 7_919L + i);
        Article a = article(i);
        int paragraphs = 3 + r.nextInt(10);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>").append(sentence(r, a, 14 + r.nextInt(20))).append(' ')
                    .append(sentence(r, a, 10 + r.nextInt(16))).append("</p>");
        }
        Set<String> tags = new LinkedHashSet<>(List.of(a.topic(), slugOf(a.place())));
        if (r.nextInt(3) == 0) {
            tags.add(pick(r, TOPICS));
        }
        // Spread back from NEWEST: about 60 stories a day, a newsroom's pace.
        Instant published = NEWEST.minus(Duration.ofSeconds((long) i * 1_440 + r.nextInt(600)));
        int author = r.nextInt(PEOPLE.size());
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("externalId", a.externalId());
        line.put("slug", a.slug());
        line.put("title", a.title());
        line.put("summary", sentence(r, a, 18));
        line.put("body", body.toString());
        line.put("category", a.section());
        line.put("tags", new ArrayList<>(tags));
        line.put("author", Map.of("id", "wartawan-" + author, "name", "Wartawan " + (author + 1)));
        line.put("image", hasPhoto(i)
                ? Map.of("mediaId", mediaIds.get(i % mediaIds.size()),
                        "caption", "Suasana " + a.topic() + " di " + a.place(), "credit", "Dok. Redaksi")
                : null);
        line.put("status", "PUBLISHED");
        line.put("publishedAt", published.toString());
        return json.writeValueAsString(line);
    }

    /** A reader's query: a topic word, often with a place, popular topics more often. */
    static String query(Random r) {
        String topic = TOPICS.get((int) Math.min(TOPICS.size() - 1, Math.abs(r.nextGaussian()) * 8));
        return switch (r.nextInt(3)) {
            case 0 -> topic;
            case 1 -> topic + " " + pick(r, PLACES).toLowerCase();
            default -> pick(r, FILLER) + " " + topic;
        };
    }

    private static String sentence(Random r, Article a, int words) {
        StringBuilder s = new StringBuilder(capitalize(pick(r, FILLER)));
        for (int w = 1; w < words; w++) {
            int k = r.nextInt(10);
            String word = k < 4 ? pick(r, FUNCTION) : k < 8 ? pick(r, FILLER) : k == 8 ? a.topic() : a.place();
            s.append(' ').append(word);
        }
        return s.append('.').toString();
    }

    static String slugOf(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
