package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.TestInfrastructure;
import id.newsroom.search.support.Article;
import id.newsroom.search.support.EventProducer;

/**
 * Crash safety of the offsets kept in the Lucene commit: after a crash the index and its offsets are the last commit
 * together, so consuming again applies every lost event once and no kept event twice.
 */
class OffsetCrashSafetyIT {

    @TempDir
    Path dir;

    String topic;
    EventProducer producer;
    final List<Running> running = new ArrayList<>();

    /** A store with its consumer, as the application runs them. */
    final class Running {
        final IndexStore store;
        final IndexConsumer consumer;
        final IndexMetrics metrics;

        Running(Duration commitInterval) {
            store = new IndexStore(dir, topic, 16);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            IndexConsumer[] self = new IndexConsumer[1];
            metrics = new IndexMetrics(registry, store::current, () -> self[0] == null ? -1L : self[0].lag());
            Map<String, Object> kafka = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.get().kafkaBootstrapServers());
            consumer = new IndexConsumer(kafka, store, metrics, RecordTracing.NONE, null, null,
                    new IndexConsumer.Settings("crash-" + topic, 500, Duration.ofMillis(50), commitInterval, 3));
            self[0] = consumer;
            consumer.start();
            running.add(this);
        }

        long visible(String articleId) throws IOException {
            return store.withSearcher(searcher -> (long) searcher.count(
                    new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(new TermQuery(ArticleFields.idTerm(articleId)),
                                    org.apache.lucene.search.BooleanClause.Occur.MUST)
                            .add(new TermQuery(ArticleFields.VISIBLE_TERM),
                                    org.apache.lucene.search.BooleanClause.Occur.FILTER)
                            .build()));
        }

        String title(String articleId) throws IOException {
            return store.withSearcher(searcher -> {
                var top = searcher.search(new TermQuery(new Term(ArticleFields.ID, articleId)), 1);
                return top.scoreDocs.length == 0
                        ? null
                        : searcher.storedFields().document(top.scoreDocs[0].doc).get(ArticleFields.TITLE);
            });
        }

        long applied() {
            return (long) metrics.count(IndexMetrics.EventOutcome.APPLIED);
        }

        long replayed() {
            return (long) (metrics.count(IndexMetrics.EventOutcome.DUPLICATE)
                    + metrics.count(IndexMetrics.EventOutcome.STALE));
        }

        void stopCleanly() throws IOException {
            consumer.stop();
            store.close();
            running.remove(this);
        }

        /** As a kill -9 would: no final commit, the writer's uncommitted changes are gone. */
        void crash() throws IOException {
            consumer.halt();
            store.current().rollback();
            running.remove(this);
        }

        long committedTotal() {
            return store.current().committedOffsets().values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @BeforeEach
    void topic() {
        topic = "crash.articles." + UUID.randomUUID();
        EmbeddedKafkaBroker.createTopic(TestInfrastructure.get().kafkaBootstrapServers(), topic, 3,
                Map.of("cleanup.policy", "compact"));
        producer = new EventProducer(TestInfrastructure.get().kafkaBootstrapServers(), topic);
    }

    @AfterEach
    void cleanUp() throws IOException {
        for (Running r : new ArrayList<>(running)) {
            r.stopCleanly();
        }
        producer.close();
    }

    @Test
    void crashAfterUncommittedWorkReplaysExactlyTheLostEvents() throws IOException {
        List<Article> first = articles("Pertama", 10);
        first.forEach(a -> producer.send(a.published()));

        // An empty index reads the topic from offset 0.
        Running one = new Running(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> allVisible(one, first));
        assertThat(one.applied()).isEqualTo(10);
        one.stopCleanly(); // commits documents and offsets together

        Running two = new Running(Duration.ofHours(1)); // nothing gets committed until stop
        assertThat(two.committedTotal()).isEqualTo(10);
        List<Article> second = articles("Kedua", 5);
        second.forEach(a -> producer.send(a.published()));
        for (Article edited : first.subList(0, 5)) {
            edited.title = edited.title + " Diperbarui";
            producer.send(edited.next("edited", "PUBLISHED"));
        }
        // All ten, not only the ones named: the edits sit on three partitions and may arrive in separate polls.
        await().atMost(Duration.ofSeconds(20)).until(() -> allVisible(two, second)
                && (first.get(0).title).equals(two.title(first.get(0).id)) && two.applied() >= 10);
        assertThat(two.applied()).isEqualTo(10);
        assertThat(two.replayed()).as("resumed after the committed offsets, nothing read twice").isZero();
        two.crash();

        Running three = new Running(Duration.ofHours(1));
        // The index is exactly the last commit: none of the lost work, offsets from before it.
        assertThat(three.committedTotal()).isEqualTo(10);
        await().atMost(Duration.ofSeconds(20)).until(() -> allVisible(three, second)
                && first.get(4).title.equals(three.title(first.get(4).id)));
        assertThat(three.applied()).as("each lost event applied again, once").isEqualTo(10);
        assertThat(three.replayed()).as("no committed event read again").isZero();
        for (Article article : first) {
            assertThat(three.title(article.id)).isEqualTo(article.title);
        }
    }

    @Test
    void crashesAtRandomMomentsNeverLoseOrDoubleApply() throws IOException {
        List<Article> articles = articles("Acak", 40);
        for (int round = 0; round < 3; round++) {
            for (Article article : articles) {
                article.title = "Acak " + article.id.substring(0, 8) + " versi " + (round + 1);
                producer.send(round == 0 ? article.published() : article.next("edited", "PUBLISHED").snapshot());
            }
        }
        producer.flush();
        // Frequent commits, and crashes while the events are streaming in.
        long replayed = 0;
        for (int crash = 0; crash < 3; crash++) {
            Running r = new Running(Duration.ofMillis(20));
            long before = r.committedTotal();
            await().atMost(Duration.ofSeconds(20)).until(() -> r.committedTotal() > before || before >= 120);
            replayed += r.replayed();
            r.crash();
        }
        Running last = new Running(Duration.ofMillis(20));
        await().atMost(Duration.ofSeconds(30)).until(() -> allTitles(last, articles));
        replayed += last.replayed();
        assertThat(replayed).as("a restart never re-reads an event its index already holds").isZero();
    }

    private static boolean allVisible(Running r, List<Article> articles) throws IOException {
        for (Article article : articles) {
            if (r.visible(article.id) != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean allTitles(Running r, List<Article> articles) throws IOException {
        for (Article article : articles) {
            if (!article.title.equals(r.title(article.id))) {
                return false;
            }
        }
        return true;
    }

    private static List<Article> articles(String prefix, int count) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Article(prefix + " Artikel Nomor " + i).summary("Ringkasan " + i)
                    .body("<p>Isi berita ke-" + i + "</p>"));
        }
        return list;
    }
}
