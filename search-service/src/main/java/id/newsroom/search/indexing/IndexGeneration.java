package id.newsroom.search.indexing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One Lucene index on disk together with the Kafka offsets it reflects. The offsets travel in the commit's user data,
 * so the documents and the position in the topic become durable in one atomic step: after a crash the index is
 * exactly the last commit, and consuming resumes right after the last event that commit contains.
 *
 * <p>Events of one article are always applied by one thread in order (they share a Kafka partition); several
 * threads may apply events of different partitions at once (a rebuild does); any thread may search.
 */
public final class IndexGeneration implements Closeable {

    public enum Outcome {
        APPLIED, STALE, DUPLICATE
    }

    /** Work on a searcher of a known generation. */
    @FunctionalInterface
    public interface GenerationWork<T> {
        T apply(IndexGeneration generation, IndexSearcher searcher) throws IOException;
    }

    /** Work on a searcher that may throw what Lucene throws. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final String name;
    private final Path path;
    private final String topic;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RefreshLog refreshes;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Map<Integer, Long> committedOffsets;
    private final Map<Integer, Long> offsets;
    private volatile boolean dirty;

    private IndexGeneration(String name, Path path, String topic, FSDirectory directory, IndexWriter writer,
            Map<Integer, Long> committedOffsets) throws IOException {
        this.name = name;
        this.path = path;
        this.topic = topic;
        this.directory = directory;
        this.writer = writer;
        this.committedOffsets = committedOffsets;
        this.offsets = new TreeMap<>(committedOffsets);
        this.searchers = new SearcherManager(writer, null);
        this.refreshes = new RefreshLog(searchers);
        loadVersions();
    }

    /** Opens (or creates) the index in {@code path}; an index written for another topic is refused. */
    public static IndexGeneration open(String name, Path path, String topic, double ramBufferMb) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        try {
            Map<Integer, Long> committed = new TreeMap<>();
            if (DirectoryReader.indexExists(directory)) {
                SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
                committed.putAll(CommitData.offsets(commit.getUserData(), topic, path));
                IndexSortMigration.requireSorted(commit, path);
            }
            IndexWriterConfig config = new IndexWriterConfig(ArticleFields.newAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setCommitOnClose(false); // only commits that carry their offsets
            config.setRAMBufferSizeMB(ramBufferMb);
            config.setIndexSort(ArticleFields.NEWEST_FIRST);
            IndexWriter writer = new IndexWriter(directory, config);
            return new IndexGeneration(name, path, topic, directory, writer, committed);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Fills this empty generation with segments sorted newest first and the offsets they reflect, and commits. */
    void fill(CodecReader[] segments, Map<Integer, Long> consumed) throws IOException {
        writer.addIndexes(segments); // one merge: one segment
        synchronized (this) {
            offsets.putAll(consumed);
        }
        commit();
        loadVersions();
        refresh();
    }

    private void loadVersions() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader leafReader = leaf.reader();
                SortedDocValues ids = leafReader.getSortedDocValues(ArticleFields.ID);
                NumericDocValues versionValues = leafReader.getNumericDocValues(ArticleFields.VERSION);
                Bits live = leafReader.getLiveDocs();
                if (ids == null || versionValues == null) {
                    continue;
                }
                for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && versionValues.advanceExact(doc)) {
                        versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), versionValues.longValue());
                    }
                }
            }
        }
    }

    /** Applies the event if it is newer than what the index holds for the article. */
    public Outcome apply(ArticleEvent event) throws IOException {
        Long held = versions.get(event.articleId());
        if (held != null && event.version() <= held) {
            return event.version() == held ? Outcome.DUPLICATE : Outcome.STALE;
        }
        var writing = refreshes.writing();
        writing.lock();
        try {
            refreshes.note(event.articleId()); // before it can become visible: see RefreshLog
            if (held == null) {
                writer.addDocument(ArticleFields.toDocument(event)); // no document to replace: skip the delete by term
            } else {
                writer.updateDocument(ArticleFields.idTerm(event.articleId()), ArticleFields.toDocument(event));
            }
        } finally {
            writing.unlock();
        }
        versions.put(event.articleId(), event.version());
        dirty = true;
        return Outcome.APPLIED;
    }

    /** Records that everything before {@code nextOffset} of the partition is in this index (durable on commit). */
    public synchronized void markConsumed(int partition, long nextOffset) {
        offsets.put(partition, nextOffset);
        dirty = true;
    }

    public synchronized Map<Integer, Long> offsets() {
        return Map.copyOf(offsets);
    }

    /** The offsets of the last durable commit (where a restart resumes). */
    public synchronized Map<Integer, Long> committedOffsets() {
        return Map.copyOf(committedOffsets);
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Makes the applied documents and their offsets durable, atomically. */
    public synchronized void commit() throws IOException {
        writer.setLiveCommitData(CommitData.of(topic, offsets).entrySet());
        dirty = false;
        writer.commit();
        committedOffsets.clear();
        committedOffsets.putAll(offsets);
    }

    /** Merges the index down to at most {@code maxSegments} segments (each term is looked up once per segment). */
    public void forceMerge(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
    }

    /** Starts merging the index down to one segment on the merge threads; searches see it after a refresh. */
    public void mergeInBackground() {
        try {
            writer.forceMerge(1, false);
        } catch (IOException | AlreadyClosedException e) {
            // a swap or shutdown meanwhile; the next catch-up tries again
        }
    }

    /** Makes applied changes visible to searches (near real time, no durability). */
    public void refresh() throws IOException {
        var reopening = refreshes.reopening();
        reopening.lock();
        try {
            searchers.maybeRefreshBlocking();
        } finally {
            reopening.unlock();
        }
    }

    /** What the recent refreshes changed, and their searchers: answers found on an older reader are revalidated. */
    public RefreshLog refreshes() {
        return refreshes;
    }

    /** Runs {@code work} on a current searcher; the searcher stays valid even if the generation is swapped meanwhile. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    public long visibleDocuments() {
        try {
            return withSearcher(searcher -> (long) searcher.count(new TermQuery(ArticleFields.VISIBLE_TERM)));
        } catch (IOException | AlreadyClosedException e) {
            return 0;
        }
    }

    public long sizeBytes() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(file -> file.toFile().length()).sum(); // 0 for a file merged away meanwhile
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    public int knownArticles() {
        return versions.size();
    }

    public String name() {
        return name;
    }

    public Path path() {
        return path;
    }

    private void closeSearchers() throws IOException {
        try {
            refreshes.close(); // the searchers kept for revalidation first: they hold readers of the writer
        } finally {
            searchers.close();
        }
    }

    /** Closes without committing: what a crash leaves behind (the last commit). */
    public void rollback() throws IOException {
        try {
            closeSearchers();
        } finally {
            writer.rollback();
            directory.close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeSearchers();
        } finally {
            writer.close();
            directory.close();
        }
    }
}
