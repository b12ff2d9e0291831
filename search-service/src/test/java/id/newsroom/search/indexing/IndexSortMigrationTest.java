package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.newsroom.search.support.CorpusGenerator;

/**
 * An index written before documents were sorted newest first is copied into a sorted generation on start, with its
 * documents, versions and Kafka offsets: no rebuild from the topic, and the next start keeps it as it is.
 */
class IndexSortMigrationTest {

    private static final String TOPIC = "test.articles";

    @TempDir
    Path root;

    @Test
    void anUnsortedIndexIsCopiedIntoASortedGeneration() throws Exception {
        writeUnsortedGeneration(root.resolve("gen-000001"), 600);
        Files.writeString(root.resolve("CURRENT"), "gen-000001\n", StandardCharsets.UTF_8);

        try (IndexStore store = new IndexStore(root, TOPIC, 16)) {
            IndexGeneration live = store.current();
            assertThat(live.name()).isEqualTo("gen-000002");
            assertThat(live.committedOffsets()).isEqualTo(Map.of(0, 400L, 1, 200L));
            assertThat(live.knownArticles()).isEqualTo(600);
            assertThat(live.visibleDocuments()).isEqualTo(600);
            assertThat(newestFirst(live)).isTrue();
        }
        assertThat(root.resolve("gen-000001")).doesNotExist();
        try (IndexStore store = new IndexStore(root, TOPIC, 16)) {
            assertThat(store.current().name()).as("sorted: kept on the next start").isEqualTo("gen-000002");
            assertThat(store.current().visibleDocuments()).isEqualTo(600);
        }
    }

    /** What the service wrote before the index sort: several segments in the order the events came. */
    private static void writeUnsortedGeneration(Path path, int articles) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(9, CorpusGenerator.Style.NEWS);
        ArticleEventReader reader = new ArticleEventReader();
        try (FSDirectory directory = FSDirectory.open(path);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.newAnalyzer()))) {
            for (int i = 0; i < articles; i++) {
                byte[] json = generator.next(i).json().getBytes(StandardCharsets.UTF_8);
                writer.addDocument(ArticleFields.toDocument(reader.read(json)));
                if (i % 250 == 249) {
                    writer.flush();
                }
            }
            writer.setLiveCommitData(Map.of(CommitData.TOPIC_KEY, TOPIC, CommitData.OFFSET_PREFIX + "0",
                    "400", CommitData.OFFSET_PREFIX + "1", "200").entrySet());
            writer.commit();
        }
    }

    private static boolean newestFirst(IndexGeneration generation) throws Exception {
        return generation.withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                assertThat(leaf.reader().getMetaData().getSort()).isEqualTo(ArticleFields.NEWEST_FIRST);
                NumericDocValues published = leaf.reader().getNumericDocValues(ArticleFields.PUBLISHED_AT);
                List<Long> dates = new ArrayList<>();
                while (published.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
                    dates.add(published.longValue());
                }
                assertThat(dates).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            }
            return true;
        });
    }
}
