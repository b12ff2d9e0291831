package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.CorpusGenerator;
import id.newsroom.search.support.Settings;
import id.newsroom.search.support.TestIndex;

/**
 * The relevance suite: judged queries (typos, inflections, acronyms, phrases, exclusions, partial matches, names and
 * places) over the fixed corpus and a generated one, scored as top-3 accuracy, MRR and nDCG@10 (binary judgements),
 * with the zero-result rate. Prints a report (also {@code target/relevance-report.txt}) and fails under the thresholds.
 */
class RelevanceSuiteTest {

    static final double MIN_TOP3 = 0.95;
    static final double MIN_MRR = 0.93;
    static final double MIN_NDCG10 = 0.93;
    static final int GENERATED_STORIES = 2000;

    @TempDir
    static Path dir;

    static TestIndex fixed;
    static TestIndex generated;
    static Map<String, Article> corpus;
    static List<Article> stories;

    /** One judged query: the stories that answer it. */
    record Judged(String kind, String q, Set<String> relevant) {}

    @BeforeAll
    static void index() throws IOException {
        corpus = JudgedCorpus.stories();
        fixed = new TestIndex(Files.createDirectory(dir.resolve("fixed")));
        corpus.values().forEach(fixed::add);
        fixed.refresh();
        CorpusGenerator generator = new CorpusGenerator(12, CorpusGenerator.Style.NEWS);
        stories = new ArrayList<>();
        generated = new TestIndex(Files.createDirectory(dir.resolve("generated")));
        for (int i = 0; i < GENERATED_STORIES; i++) {
            Article story = generator.next(i);
            stories.add(story);
            generated.add(story);
        }
        generated.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        fixed.close();
        generated.close();
    }

    @Test
    void judgedQueriesMeetTheThresholds() throws IOException {
        Map<String, List<double[]>> byKind = new LinkedHashMap<>(); // kind -> [top3, reciprocal rank, ndcg, zero]
        List<String> misses = new ArrayList<>();
        List<Judged> all = new ArrayList<>(fixedQueries());
        int fixedCount = all.size();
        all.addAll(generatedQueries());
        for (int i = 0; i < all.size(); i++) {
            Judged judged = all.get(i);
            SearchService search = (i < fixedCount ? fixed : generated).search;
            SearchResponse response = search.search(new SearchRequest(judged.q(), null, null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 1, 10));
            double[] scores = score(response, judged.relevant());
            byKind.computeIfAbsent(judged.kind(), kind -> new ArrayList<>()).add(scores);
            if (scores[0] == 0) {
                misses.add(judged.kind() + ": " + judged.q() + " (first relevant at "
                        + (scores[1] == 0 ? ">10" : Math.round(1 / scores[1])) + ")");
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "==== relevance suite: %d judged queries (%d fixed corpus, %d generated corpus of %d stories) ====%n",
                all.size(), fixedCount, all.size() - fixedCount, GENERATED_STORIES));
        report.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %7s %9s%n", "kind", "queries", "top-3", "MRR",
                "nDCG@10", "zero-hit"));
        List<double[]> everything = new ArrayList<>();
        byKind.forEach((kind, scores) -> {
            everything.addAll(scores);
            report.append(line(kind, scores));
        });
        double[] total = mean(everything);
        report.append(line("all", everything));
        report.append(String.format(Locale.ROOT, "thresholds: top-3 >= %.2f, MRR >= %.2f, nDCG@10 >= %.2f%n",
                MIN_TOP3, MIN_MRR, MIN_NDCG10));
        misses.forEach(miss -> report.append("not in the top 3: ").append(miss).append('\n'));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance-report.txt"), report);

        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(total[0]).as("top-3 accuracy%n%s", report).isGreaterThanOrEqualTo(MIN_TOP3);
        assertThat(total[1]).as("MRR%n%s", report).isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(total[2]).as("nDCG@10%n%s", report).isGreaterThanOrEqualTo(MIN_NDCG10);
    }

    @Test
    void totalsBeyondTheExactBoundAreLowerBounds() {
        SearchProperties.Query settings = Settings.search("query.exact-total-up-to", "100", "query.cache-size", "0")
                .query();
        SearchService bounded = new SearchService(generated.store, new SynonymDictionary(null), settings,
                new HitDocuments(0, generated.registry), generated.registry);
        SearchRequest request = new SearchRequest("tangerang", null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 10);
        SearchResponse exact = generated.search.search(request);
        SearchResponse approximate = bounded.search(request);
        assertThat(exact.totalRelation()).isEqualTo("eq");
        assertThat(exact.total()).isGreaterThan(500);
        assertThat(approximate.totalRelation()).isEqualTo("gte");
        assertThat(approximate.total()).isBetween(100L, exact.total());
        assertThat(approximate.hits()).extracting(SearchResponse.Hit::articleId)
                .isEqualTo(exact.hits().stream().map(SearchResponse.Hit::articleId).toList());
    }

    /** [top-3 hit, reciprocal rank, nDCG@10, zero results] of one answer. */
    static double[] score(SearchResponse response, Set<String> relevant) {
        double dcg = 0;
        double reciprocal = 0;
        List<SearchResponse.Hit> hits = response.hits();
        for (int rank = 1; rank <= hits.size(); rank++) {
            if (relevant.contains(hits.get(rank - 1).articleId())) {
                dcg += 1 / log2(rank + 1);
                reciprocal = reciprocal == 0 ? 1.0 / rank : reciprocal;
            }
        }
        double ideal = 0;
        for (int rank = 1; rank <= Math.min(10, relevant.size()); rank++) {
            ideal += 1 / log2(rank + 1);
        }
        return new double[]{reciprocal >= 1.0 / 3 ? 1 : 0, reciprocal, dcg / ideal, response.total() == 0 ? 1 : 0};
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double[] mean(List<double[]> scores) {
        double[] sum = new double[4];
        scores.forEach(s -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += s[i];
            }
        });
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= scores.size();
        }
        return sum;
    }

    private static String line(String kind, List<double[]> scores) {
        double[] m = mean(scores);
        return String.format(Locale.ROOT, "%-14s %7d %6.1f%% %7.3f %7.3f %8.1f%%%n", kind, scores.size(), m[0] * 100,
                m[1], m[2], m[3] * 100);
    }

    private static Judged judged(String kind, String q, String... keys) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : keys) {
            ids.add(java.util.Objects.requireNonNull(corpus.get(key), key).id);
        }
        return new Judged(kind, q, ids);
    }

    /** The fixed corpus: the queries of {@link RelevanceTest} and more, the way readers type them. */
    static List<Judged> fixedQueries() {
        List<Judged> judged = new ArrayList<>();
        RelevanceTest.queries().forEach(args -> judged.add(judged("words", (String) args.get()[0],
                (String) args.get()[1])));
        RelevanceTest.dictionaryQueries().forEach(args -> judged.add(judged("dictionary", (String) args.get()[0],
                (String) args.get()[1])));
        judged.add(judged("typo", "kebakran gudang", "kebakaran"));
        judged.add(judged("typo", "banjr ciledug", "banjir"));
        judged.add(judged("typo", "pelatiahn umkm", "umkm-pelatihan", "bimtek-umkm"));
        judged.add(judged("typo", "persta", "persita"));
        judged.add(judged("typo", "stuntng posyandu", "stunting"));
        judged.add(judged("typo", "apartmen cisauk", "apartemen"));
        judged.add(judged("typo", "narkba pamulang", "narkoba"));
        judged.add(judged("typo", "bandra soekarno hatta", "soetta"));
        judged.add(judged("typo", "demam berdrah", "dbd"));
        judged.add(judged("typo", "pantai tanjung pasri", "pantai"));
        judged.add(judged("typo", "guru honorr", "guru"));
        judged.add(judged("typo", "kuliner pasar lma", "kuliner"));
        judged.add(judged("partial", "banjir ciledug jembatan", "banjir"));
        judged.add(judged("partial", "korupsi dana desa serang", "korupsi"));
        judged.add(judged("partial", "harga rumah bsd jakarta", "bsd"));
        judged.add(judged("partial", "ppdb smp bekasi", "ppdb"));
        judged.add(judged("partial", "posyandu balita bogor", "stunting"));
        judged.add(judged("partial", "debat calon bupati", "pilkada"));
        judged.add(judged("partial", "pemkot tangsel sampah", "tpa", "cipeucang"));
        judged.add(judged("partial", "pelatihan umkm tangsel", "umkm-pelatihan", "bimtek-umkm"));
        judged.add(judged("dictionary", "usaha mikro, kecil, dan menengah", "umkm-pelatihan", "bimtek-umkm",
                "umkm-bazar"));
        judged.add(judged("dictionary", "bimbingan teknis umkm", "bimtek-umkm", "umkm-pelatihan"));
        judged.add(judged("names-places", "ahmad yani", "umkm-bazar"));
        judged.add(judged("names-places", "bu sari", "guru"));
        judged.add(judged("names-places", "rawa buntu", "krl"));
        judged.add(judged("names-places", "jalan kisamaun", "kuliner"));
        judged.add(judged("names-places", "indomilk arena", "persita"));
        judged.add(judged("names-places", "tigaraksa ktp", "ktp"));
        judged.add(judged("names-places", "terminal 3 bandara", "soetta"));
        judged.add(judged("names-places", "cipondoh posyandu", "stunting"));
        judged.add(judged("tags-sections", "wisata air", "tag-only"));
        judged.add(judged("tags-sections", "kesehatan demam", "dbd"));
        judged.add(judged("tags-sections", "olahraga persita", "persita"));
        judged.add(judged("proximity", "cabai rawit cisauk", "proximity-near"));
        return judged;
    }

    /**
     * The generated corpus, judged by what the generator wrote: a story answers "name place" when its text names both
     * (so several stories can be right). Every 40th story gives a person and its place; kinds: the name and place,
     * the same with a typo in the family name, the name and place with a word the story lacks (partial), both people.
     */
    static List<Judged> generatedQueries() {
        List<Judged> judged = new ArrayList<>();
        for (int i = 0; i < stories.size() && judged.size() < 48; i += 40) {
            Article story = stories.get(i);
            List<String> people = CorpusGenerator.peopleIn(text(story));
            if (people.size() < 2 || story.tags.size() < 2) {
                continue;
            }
            String person = people.get(0);
            String place = story.tags.get(1);
            switch ((i / 40) % 4) {
                case 0 -> judged.add(answered("gen-name", person + " " + place, person, place));
                case 1 -> judged.add(answered("gen-name-typo", typo(person) + " " + place, person, place));
                case 2 -> judged.add(answered("gen-partial", person + " " + place + " " + missingWord(story),
                        person, place));
                default -> judged.add(answered("gen-two-people", people.get(0) + " " + people.get(1), people.get(0),
                        people.get(1)));
            }
        }
        return judged;
    }

    private static Judged answered(String kind, String q, String... mustMention) {
        Set<String> ids = new LinkedHashSet<>();
        for (Article story : stories) {
            String text = text(story);
            boolean all = true;
            for (String words : mustMention) {
                all &= Pattern.compile("\\b" + words + "\\b").matcher(text).find();
            }
            if (all) {
                ids.add(story.id);
            }
        }
        return new Judged(kind, q, ids);
    }

    /** Two letters of the family name swapped, as a hurried reader types. */
    private static String typo(String person) {
        int space = person.indexOf(' ');
        char[] name = person.toCharArray();
        int at = space + 3;
        char swap = name[at];
        name[at] = name[at + 1];
        name[at + 1] = swap;
        return new String(name);
    }

    private static String missingWord(Article story) {
        String text = text(story);
        for (String word : List.of("gubernur", "pelabuhan", "jembatan", "museum", "konser", "vihara", "renang")) {
            if (!text.contains(word)) {
                return word;
            }
        }
        return "gubernur";
    }

    private static String text(Article story) {
        return (story.title + " . " + story.summary + " . " + story.body.replaceAll("<[^>]+>", " "))
                .toLowerCase(Locale.ROOT);
    }
}
