package id.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole command on the fixture export, against stand-ins of article-service and media-service. */
class WordpressImportTest {

    private static final String UP = "https://portal-tangerang.example/wp-content/uploads/";
    private static final String MISSING = UP + "2023/12/tanggul-laut.jpg (post 111): ";

    private FakeServices server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeServices();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of(WxrReaderTest.FIXTURE.toString(), "--sections",
                "src/test/resources/wxr/sections.yml", "--url", server.url(), "--media-url", server.url(), "--user",
                FakeServices.USER));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WordpressImport.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, JsonNode> lines() {
        return server.lines.stream().collect(Collectors.toMap(l -> l.path("externalId").asString(), l -> l,
                (a, b) -> b));
    }

    @Test
    void fromAnUploadsCopyEveryPictureIsUploadedOnceAndAReRunReusesThem() {
        Run run = run("--uploads-dir", FakeServices.UPLOADS.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero(); // a failed picture alone: still 0
        // post 101's line waited for its new media to reach article-service, and went in when it had
        assertThat(server.articleServiceKnows).hasSize(1);
        assertThat(run.out()).contains("Imported: 8,", "Failed: 0",
                "Pictures imported: 2, reused: 0, failed: 1 (their posts were "
                        + "imported without them; this alone does not change the exit code)",
                MISSING + "file missing: "
                        + FakeServices.UPLOADS.toAbsolutePath().normalize().resolve("2023/12/tanggul-laut.jpg"));
        assertThat(server.mediaRequests).containsExactly("upload banjir-rob.jpg", "upload panjat-pinang.jpg");

        Map<String, JsonNode> lines = lines();
        JsonNode banjir = lines.get("wp-101");
        assertThat(banjir.path("image").propertyNames()).containsExactly("mediaId", "caption", "credit", "alt");
        assertThat(banjir.path("image").path("mediaId").asString()).startsWith("0193a1f2-");
        assertThat(banjir.path("image").path("caption").asString())
                .isEqualTo("Air laut merendam permukiman warga Desa Salembaran Jati, Kosambi.");
        assertThat(banjir.path("image").path("credit").asString()).isEqualTo("Foto: Dok. BPBD Kabupaten Tangerang");
        assertThat(banjir.path("image").path("alt").asString()).isEqualTo("Genangan banjir rob di permukiman Kosambi");
        String mediaUrl = server.url() + "/media/" + banjir.path("image").path("mediaId").asString() + "/";
        assertThat(banjir.path("body").asString()).contains("<figure><img src=\"" + mediaUrl)
                .contains("/w960.jpg\" alt=\"Banjir rob di Kosambi\" width=\"960\" height=\"640\"><figcaption>"
                        + "Warga melintasi genangan air laut di Kosambi.</figcaption></figure>")
                .doesNotContain("portal-tangerang.example", "srcset", "wp-image");
        assertThat(lines.get("wp-110").path("body").asString()).containsPattern(
                "<p><img src=\"[^\"]+/w960.jpg\" alt=\"Panjat pinang di Cikupa\" width=\"960\" height=\"640\"></p>");
        assertThat(lines.get("wp-111").path("body").asString()).contains("pesisir").doesNotContain("<figure", "<img");
        assertThat(lines.get("wp-102").path("image").isNull()).isTrue();

        Run again = run("--uploads-dir", FakeServices.UPLOADS.toString());
        assertThat(again.out()).contains("Pictures imported: 0, reused: 2, failed: 1", MISSING);
        assertThat(server.lines.get(server.lines.size() - 8).path("body")).isEqualTo(banjir.path("body"));
    }

    @Test
    void byDefaultMediaServiceFetchesTheOriginalsFromTheOldSite() {
        Run run = run();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Pictures imported: 2, reused: 0, failed: 1", MISSING
                + "media-service answered 422: fetching " + UP
                + "2023/12/tanggul-laut.jpg failed: the source answered 404");
        assertThat(server.mediaRequests).containsExactly("import " + UP + "2023/01/banjir-rob.jpg",
                "import " + UP + "2023/08/panjat-pinang.jpg", "import " + UP + "2023/12/tanggul-laut.jpg");
        assertThat(run("--media-url", server.url()).out()).contains("Pictures imported: 0, reused: 2, failed: 1");
    }

    @Test
    void anUnreachableMediaServiceStopsTheRunBeforeAnyPostIsSent() {
        Run run = run("--media-url", "http://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach media-service at http://127.0.0.1:1", "--no-pictures");
        assertThat(server.lines).isEmpty();
        assertThat(run("--uploads-dir", "no/such/dir").err()).contains("--uploads-dir no/such/dir is not a directory");
        assertThat(run("--uploads-dir", "x", "--no-pictures").exitCode()).isEqualTo(2);
    }

    @Test
    void aMediaArticleServiceNeverLearnsOfFailsItsPostOnceTheWaitIsOver() throws Exception {
        server.neverKnowsMedia = true;
        ImportSummary summary = new ImportSummary();
        Batches batches = new Batches(new ImportClient(server.url(), FakeServices.USER), summary,
                Duration.ofMillis(600));
        WxrItem post = new WxrItem(101, "post", "publish", "Banjir", null, null, "", null, null, null, null, List.of(),
                Map.of());
        batches.add(post, "{\"externalId\": \"wp-101\", \"image\": {\"mediaId\": \"m-1\"}}");
        batches.add(post, "{\"externalId\": \"wp-102\"}");
        batches.flush();
        assertThat(summary.imported).isEqualTo(1);
        assertThat(summary.failed).singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("422 unknown media"));
    }

    @Test
    void withNoPicturesTheyStayOnTheOldSite() {
        Run run = run("--no-pictures", "--media-url", "http://127.0.0.1:1");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Pictures: left on the old site (--no-pictures)");
        assertThat(server.mediaRequests).isEmpty();
        JsonNode banjir = lines().get("wp-101");
        assertThat(banjir.path("image").path("url").asString()).isEqualTo(UP + "2023/01/banjir-rob-scaled.jpg");
        assertThat(banjir.path("body").asString()).contains("srcset=");
    }
}
