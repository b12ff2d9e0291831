package id.newsroom.search.indexing;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;

/**
 * What each of a generation's recent refreshes changed: the ids of the articles added, updated, unpublished or deleted
 * between two readers, keyed by the reader's version ({@link DirectoryReader#getVersion()}, which grows with every
 * change), and the searchers of those refreshes themselves. Caches of answers use it to revalidate an answer found on
 * an older reader instead of dropping it ({@code ResultCache}): only the changed stories can have changed it, and
 * they can be looked for in the current searcher and in the one the answer was found on.
 *
 * <p>Bounded: the last {@value #KEPT_REFRESHES} refreshes (25 s at one refresh every 100 ms), at most
 * {@value #KEPT_IDS} ids in all; a searcher is kept at most {@value #KEPT_SECONDS} s after a newer one replaced it
 * (it holds on to segments merged away meanwhile). Anything older is unknown: {@link #changedBetween} answers null and
 * {@link #withSearcherAt} does not run, so the caller recomputes. So is a refresh that made more than {@value #KEPT_IDS}
 * changes visible at once (a rebuild, a backlog read after a restart): its ids are not listed.
 *
 * <p>An id is noted before its document is written (under the read lock of {@link #writing()}), and the noted ids are
 * taken just before a reopen that holds the write lock: every change visible in a reader is listed at that reader's
 * version or before, whichever threads write.
 */
public final class RefreshLog implements Closeable {

    static final int KEPT_REFRESHES = 256;
    static final int KEPT_IDS = 65_536;
    static final double KEPT_SECONDS = 60;

    /** The ids a refresh made visible (null: too many to list), and the version of the reader it opened. */
    private record Refresh(long version, Set<String> ids) {}

    /** The refreshes after {@code base}, oldest first: complete for every reader version from {@code base} on. */
    private record Window(long base, List<Refresh> refreshes, int ids) {}

    private final Set<String> noted = ConcurrentHashMap.newKeySet();
    private volatile boolean overflow; // more noted than KEPT_IDS (a rebuild, a backlog): the next refresh is unknown
    private final ReentrantReadWriteLock reopen = new ReentrantReadWriteLock();
    private final SearcherLifetimeManager kept = new SearcherLifetimeManager();
    private final SearcherManager searchers;
    private final int keptRefreshes;
    private volatile Window window;
    private Set<String> taken = Set.of(); // between beforeRefresh and afterRefresh, on the refreshing thread

    RefreshLog(SearcherManager searchers) throws IOException {
        this(searchers, KEPT_REFRESHES);
    }

    RefreshLog(SearcherManager searchers, int keptRefreshes) throws IOException {
        this.searchers = searchers;
        this.keptRefreshes = keptRefreshes;
        IndexSearcher first = searchers.acquire();
        try {
            window = new Window(version(first), List.of(), 0);
            keep(first);
        } finally {
            searchers.release(first);
        }
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
                taken = take();
            }

            @Override
            public void afterRefresh(boolean didRefresh) throws IOException {
                refreshed(didRefresh);
            }
        });
    }

    /** The version of the reader {@code searcher} searches (one of an index generation's). */
    public static long version(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    /** Held while an article's document is written: notes its id first. */
    Lock writing() {
        return reopen.readLock();
    }

    /** Held around a reopen: no document is written between taking the noted ids and opening the reader. */
    Lock reopening() {
        return reopen.writeLock();
    }

    void note(String articleId) {
        if (overflow) {
            return;
        }
        if (noted.size() >= KEPT_IDS) {
            overflow = true; // a rebuild or a backlog: listing them would cost more than recomputing what they touch
            noted.clear();
            return;
        }
        noted.add(articleId);
    }

    /** The ids noted so far, null when too many; called with no document being written. */
    private Set<String> take() {
        if (overflow) {
            overflow = false;
            noted.clear();
            return null;
        }
        Set<String> ids = new HashSet<>(noted);
        noted.clear();
        return ids;
    }

    private void refreshed(boolean didRefresh) throws IOException {
        Set<String> ids = taken;
        taken = Set.of();
        if (!didRefresh) {
            if (ids == null) {
                overflow = true;
            } else {
                ids.forEach(this::note); // nothing was reopened: they belong to the next reader
            }
            return;
        }
        IndexSearcher current = searchers.acquire();
        try {
            long version = version(current);
            Window before = window;
            ArrayDeque<Refresh> refreshes = new ArrayDeque<>(before.refreshes());
            refreshes.addLast(new Refresh(version, ids == null ? null : Set.copyOf(ids)));
            int count = before.ids() + size(ids);
            long base = before.base();
            while (refreshes.size() > keptRefreshes || (count > KEPT_IDS && refreshes.size() > 1)) {
                Refresh dropped = refreshes.removeFirst();
                count -= size(dropped.ids());
                base = dropped.version();
            }
            window = new Window(base, List.copyOf(refreshes), count);
            keep(current);
            long oldest = base;
            kept.prune((ageSec, searcher) -> ageSec > KEPT_SECONDS || version(searcher) < oldest);
        } finally {
            searchers.release(current);
        }
    }

    private static int size(Set<String> ids) {
        return ids == null ? 0 : ids.size();
    }

    private void keep(IndexSearcher searcher) throws IOException {
        try {
            kept.record(searcher);
        } catch (IllegalArgumentException e) {
            // another searcher of the same reader version is kept already: it searches the same documents
        }
    }

    /**
     * The ids of the articles changed after the reader at version {@code since} up to the one at {@code until}
     * (empty: none, as after a merge); null when that is no longer (or not yet) known.
     */
    public Set<String> changedBetween(long since, long until) {
        Window known = window;
        if (since < known.base()) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        long last = known.base();
        for (Refresh refresh : known.refreshes()) {
            if (refresh.version() > until) {
                break;
            }
            last = refresh.version();
            if (refresh.version() > since) {
                if (refresh.ids() == null) {
                    return null; // too many to have been listed
                }
                changed.addAll(refresh.ids());
            }
        }
        return last == until || since >= until ? changed : null; // a reader the log has not seen yet: unknown
    }

    /** Runs {@code work} on the searcher of the reader at {@code version}; null when it is no longer kept. */
    public <T> T withSearcherAt(long version, IndexGeneration.SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = kept.acquire(version);
        if (searcher == null) {
            return null;
        }
        try {
            return work.apply(searcher);
        } finally {
            kept.release(searcher);
        }
    }

    /** The searchers kept for revalidation (for tests and the probe). */
    List<Long> keptVersions() {
        List<Long> versions = new ArrayList<>();
        for (Refresh refresh : window.refreshes()) {
            versions.add(refresh.version());
        }
        return versions;
    }

    @Override
    public void close() throws IOException {
        kept.close();
    }
}
