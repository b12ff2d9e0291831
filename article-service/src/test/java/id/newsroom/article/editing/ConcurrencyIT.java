package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real concurrent HTTP requests against one article: optimistic concurrency lets exactly one win. */
class ConcurrencyIT extends ItBase {

    private static final int WRITERS = 8;
    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    private List<Api.Response> race(java.util.function.IntFunction<Api.Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
        String id = editor()
                .post("/api/articles", Api.article("Rapat Paripurna DPRD Bahas APBD Perubahan", "pemerintahan"))
                .json().get("id").asString();
        List<Api.Response> responses = race(n -> editor().put("/api/articles/" + id,
                Api.article("Rapat Paripurna DPRD Bahas APBD Perubahan Versi " + n, "pemerintahan"), "\"1\""));

        List<Api.Response> winners = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).as(responses.toString()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 412).count()).isEqualTo(WRITERS - 1);
        Api.Response now = editor().get("/api/articles/" + id);
        assertThat(now.etag()).isEqualTo("\"2\"");
        assertThat(now.json().get("title").asString()).isEqualTo(winners.get(0).json().get("title").asString());
        assertThat(editor().get("/api/articles/" + id + "/revisions").json().get("items")).hasSize(2);

        await().atMost(Duration.ofSeconds(20)).until(() -> events.forArticle(id).size() >= 2);
        assertThat(events.forArticle(id).stream().map(EventCollector.Event::version).toList()).containsExactly(1L, 2L);
        assertThat(events.forArticle(id).get(1).data().get("title").asString())
                .isEqualTo(winners.get(0).json().get("title").asString());
    }

    @Test
    void concurrentPublishWithoutIfMatchPublishesOnce() throws Exception {
        String id = editor().post("/api/articles", Api.article("Wisata Pulau Cangkir Ramai Dikunjungi", "wisata"))
                .json().get("id").asString();
        List<Api.Response> responses = race(n -> editor().post("/api/articles/" + id + "/publish", null));
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).as(responses.toString()).isEqualTo(1);
        assertThat(responses.stream().filter(r -> r.status() == 409).count()).isEqualTo(WRITERS - 1);
        assertThat(editor().get("/api/articles/" + id).etag()).isEqualTo("\"2\"");
    }

    @Test
    void concurrentEditsOfDifferentArticlesAllSucceed() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ids.add(editor()
                    .post("/api/articles", Api.article("Sekolah Negeri Terima Bantuan Laptop " + i, "pendidikan"))
                    .json().get("id").asString());
        }
        List<Api.Response> responses = race(n -> editor().put("/api/articles/" + ids.get(n),
                Api.article("Sekolah Negeri Terima Bantuan Laptop Baru " + n, "pendidikan"), "\"1\""));
        assertThat(responses).allMatch(r -> r.status() == 200);
    }
}
