package id.newsroom.search.indexing;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexes written before 2026-11-29 keep their stories in the order they came, and Lucene refuses to add a sort to
 * an existing index: {@link IndexStore} copies such an index into a new generation, each segment read newest first,
 * with its offsets, so a restart migrates in seconds without reading the topic again.
 */
final class IndexSortMigration {

    /** An index written before stories were kept newest first. */
    static final class UnsortedIndexException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsortedIndexException(Path path) {
            super("index at " + path + " is not sorted newest first");
        }
    }

    private IndexSortMigration() {}

    static void requireSorted(SegmentInfos commit, Path path) throws UnsortedIndexException {
        for (SegmentCommitInfo segment : commit) {
            if (!ArticleFields.NEWEST_FIRST.equals(segment.info.getIndexSort())) {
                throw new UnsortedIndexException(path);
            }
        }
    }

    /** Copies the unsorted index's documents and offsets into {@code target}, an empty generation, and commits. */
    static void copy(Path unsorted, IndexGeneration target, String topic) throws IOException {
        try (FSDirectory old = FSDirectory.open(unsorted); DirectoryReader reader = DirectoryReader.open(old)) {
            CodecReader[] segments = new CodecReader[reader.leaves().size()];
            for (int i = 0; i < segments.length; i++) {
                segments[i] = SortingCodecReader.wrap(SlowCodecReaderWrapper.wrap(reader.leaves().get(i).reader()),
                        ArticleFields.NEWEST_FIRST);
            }
            target.fill(segments, CommitData.offsets(reader.getIndexCommit().getUserData(), topic, unsorted));
        }
    }
}
