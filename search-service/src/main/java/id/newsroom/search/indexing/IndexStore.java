package id.newsroom.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.lucene.store.AlreadyClosedException;

/**
 * The index folder: generations {@code gen-NNNNNN/} side by side and a {@code CURRENT} file naming the live one.
 * A full reindex builds the next generation beside the live one; switching is one atomic rename of {@code CURRENT}.
 */
public final class IndexStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String POINTER = "CURRENT";

    private final Path root;
    private final String topic;
    private final double ramBufferMb;
    private volatile IndexGeneration current;

    public IndexStore(Path root, String topic, double ramBufferMb) {
        this.root = root.toAbsolutePath();
        this.topic = topic;
        this.ramBufferMb = ramBufferMb;
        try {
            Files.createDirectories(this.root);
            this.current = openLive();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + this.root, e);
        }
    }

    private IndexGeneration openLive() throws IOException {
        Path pointer = root.resolve(POINTER);
        String name = Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : null;
        removeGenerationsOtherThan(name); // leftovers of an interrupted reindex
        if (name != null) {
            try {
                return IndexGeneration.open(name, root.resolve(name), topic, ramBufferMb);
            } catch (IndexSortMigration.UnsortedIndexException e) {
                IndexGeneration sorted = migrate(name);
                if (sorted != null) {
                    return sorted;
                }
            } catch (IOException e) {
                // A damaged or foreign index is not worth keeping: the topic can rebuild it from offset 0.
                log.error(
                        "Index generation {} cannot be opened ({}); starting an empty one that rebuilds from the topic",
                        name, e.toString());
            }
        }
        IndexGeneration fresh = createGeneration();
        writePointer(fresh.name());
        removeGenerationsOtherThan(fresh.name());
        return fresh;
    }

    /**
     * Copies an index written before documents were sorted newest first into a new, sorted generation; null when
     * that fails (the caller then rebuilds from the topic).
     */
    private IndexGeneration migrate(String unsorted) throws IOException {
        log.info("Index generation {} is not sorted newest first; copying it into a sorted generation", unsorted);
        IndexGeneration sorted = createGeneration();
        try {
            IndexSortMigration.copy(root.resolve(unsorted), sorted, topic);
        } catch (IOException | RuntimeException e) {
            discard(sorted);
            log.error("Copying generation {} failed ({}); starting an empty one that rebuilds from the topic",
                    unsorted, e.toString());
            return null;
        }
        writePointer(sorted.name());
        removeGenerationsOtherThan(sorted.name());
        return sorted;
    }

    public IndexGeneration current() {
        return current;
    }

    /** Runs work on the live generation's searcher, retrying once if a swap closed it meanwhile. */
    public <T> T withSearcher(IndexGeneration.SearcherWork<T> work) throws IOException {
        try {
            return current.withSearcher(work);
        } catch (AlreadyClosedException e) {
            return current.withSearcher(work);
        }
    }

    /** As {@link #withSearcher}, telling the work which generation the searcher belongs to. */
    public <T> T withGeneration(IndexGeneration.GenerationWork<T> work) throws IOException {
        IndexGeneration live = current;
        try {
            return live.withSearcher(searcher -> work.apply(live, searcher));
        } catch (AlreadyClosedException e) {
            IndexGeneration swapped = current;
            return swapped.withSearcher(searcher -> work.apply(swapped, searcher));
        }
    }

    /** A new, empty generation beside the live one. */
    public synchronized IndexGeneration createGeneration() throws IOException {
        int next = 1;
        try (Stream<Path> children = Files.list(root)) {
            next += children.map(p -> p.getFileName().toString()).filter(n -> n.matches("gen-\\d{6}"))
                    .mapToInt(n -> Integer.parseInt(n.substring(4))).max().orElse(0);
        }
        String name = String.format("gen-%06d", next);
        return IndexGeneration.open(name, root.resolve(name), topic, ramBufferMb);
    }

    /** Makes {@code next} the live generation (durably) and closes and removes the previous one. */
    public synchronized void activate(IndexGeneration next) throws IOException {
        IndexGeneration previous = current;
        writePointer(next.name());
        current = next;
        if (previous != null && previous != next) {
            try {
                previous.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Closing replaced generation {} failed: {}", previous.name(), e.toString());
            }
            deleteTree(previous.path());
        }
    }

    /** Drops a generation that will never go live (a failed or cancelled reindex). */
    public void discard(IndexGeneration generation) {
        try {
            generation.rollback();
        } catch (IOException | RuntimeException e) {
            log.warn("Rolling back generation {} failed: {}", generation.name(), e.toString());
        }
        deleteTree(generation.path());
    }

    private void writePointer(String name) throws IOException {
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeGenerationsOtherThan(String keep) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, "gen-*")) {
            for (Path child : children) {
                if (!child.getFileName().toString().equals(keep)) {
                    deleteTree(child);
                }
            }
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }

    public Path root() {
        return root;
    }

    public String topic() {
        return topic;
    }

    /** Commits what the live generation holds and closes it (a clean shutdown). */
    @Override
    public synchronized void close() throws IOException {
        IndexGeneration live = current;
        if (live != null) {
            try {
                live.commit();
            } finally {
                live.close();
            }
        }
    }
}
