package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import id.newsroom.search.indexing.ArticleFields;

/**
 * The revalidation check asks a query of a few stories only: it must find them in whichever segment holds their live
 * document, ignore their deleted versions, and answer exactly as a count over the whole index would.
 */
class ChangedStoriesTest {

    private final ChangedStories changed = new ChangedStories();

    @Test
    void findsAMatchInAnySegmentAndOnlyForTheStoriesAsked() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir,
                        new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(story("a", "banjir rendam ciledug"));
            writer.addDocument(story("b", "pelatihan umkm serpong"));
            writer.commit(); // one segment
            writer.addDocument(story("c", "tanggul jebol banjir pamulang"));
            writer.addDocument(story("d", "harga beras naik"));
            writer.commit(); // a second
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.leaves()).hasSize(2);
                TermQuery banjir = new TermQuery(new Term("text", "banjir"));
                assertThat(changed.anyMatches(searcher, Set.of("a"), banjir)).isTrue();
                assertThat(changed.anyMatches(searcher, Set.of("c"), banjir)).isTrue();
                assertThat(changed.anyMatches(searcher, Set.of("b", "d"), banjir)).isFalse();
                assertThat(changed.anyMatches(searcher, Set.of("b", "d", "c"), banjir)).isTrue();
                assertThat(changed.anyMatches(searcher, Set.of("unknown"), banjir)).isFalse();
                PhraseQuery phrase = new PhraseQuery("text", "tanggul", "banjir");
                assertThat(changed.anyMatches(searcher, Set.of("c"), phrase)).isFalse(); // two-phase: words apart
                assertThat(changed.anyMatches(searcher, Set.of("c"), new PhraseQuery("text", "jebol", "banjir")))
                        .isTrue();
                BooleanQuery both = new BooleanQuery.Builder().add(banjir, Occur.MUST)
                        .add(new TermQuery(new Term("text", "serpong")), Occur.FILTER).build();
                assertThat(changed.anyMatches(searcher, Set.of("a", "b", "c", "d"), both)).isFalse();
            }
        }
    }

    @Test
    void looksAtTheLiveVersionOfAnEditedStoryOnly() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir,
                        new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(story("a", "banjir rendam ciledug"));
            writer.commit();
            TermQuery banjir = new TermQuery(new Term("text", "banjir"));
            try (DirectoryReader before = DirectoryReader.open(writer)) {
                writer.updateDocument(new Term(ArticleFields.ID, "a"), story("a", "air surut warga bersih bersih"));
                writer.commit();
                try (DirectoryReader after = DirectoryReader.open(writer)) {
                    assertThat(changed.anyMatches(new IndexSearcher(before), Set.of("a"), banjir)).isTrue();
                    assertThat(changed.anyMatches(new IndexSearcher(after), Set.of("a"), banjir)).isFalse();
                    assertThat(changed.anyMatches(new IndexSearcher(after), Set.of("a"),
                            new TermQuery(new Term("text", "surut")))).isTrue();
                }
            }
        }
    }

    private static Document story(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }
}
