package id.newsroom.infra.mongo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads the entries of a plan lazily and yields each document position once. For a plan that gives the sort order,
 * entries that tie on the sort keys are returned by position, which is the order a collection scan followed by the
 * library's stable sort returns them in; so an indexed query returns exactly what a scan returns.
 */
final class PlanIterator implements Iterator<Object> {

    private final IndexPlan plan;
    private final Iterator<Iterator<IndexEntry>> ranges;
    private Iterator<IndexEntry> current = Collections.emptyIterator();
    private final Set<Object> seen = new HashSet<>();
    private final Deque<Object> ready = new ArrayDeque<>();
    private IndexEntry pending;

    PlanIterator(IndexPlan plan) {
        this.plan = plan;
        List<Iterator<IndexEntry>> all = new ArrayList<>();
        plan.ranges().forEach(r -> all.add(r.iterator()));
        this.ranges = all.iterator();
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            IndexEntry next = nextEntry();
            if (next == null) {
                return false;
            }
            if (plan.ordered) {
                readTieGroup(next);
            } else if (seen.add(next.position())) {
                ready.add(next.position());
            }
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void readTieGroup(IndexEntry first) {
        List<IndexEntry> group = new ArrayList<>();
        group.add(first);
        IndexEntry next;
        while ((next = nextEntry()) != null && plan.tie(first, next)) {
            group.add(next);
        }
        pending = next; // the first entry of the following group, read back on the next call
        if (group.size() > 1) {
            group.sort((a, b) -> KeyOrder.ascending().compare(a.position(), b.position()));
        }
        for (IndexEntry e : group) {
            if (seen.add(e.position())) {
                ready.add(e.position());
            }
        }
    }

    private IndexEntry nextEntry() {
        if (pending != null) {
            IndexEntry e = pending;
            pending = null;
            return e;
        }
        while (!current.hasNext()) {
            if (!ranges.hasNext()) {
                return null;
            }
            current = ranges.next();
        }
        return current.next();
    }
}
