package id.newsroom.article.drift;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A listing read in keyset pages as the walk needs them: {@code fetch} gets the page after a cursor (null: the first)
 * and the cursor of the next one (null: that was the last). Both sides of the audit page this way.
 */
final class KeysetPages implements Iterator<Holding> {

    /** One page and the cursor after it (null when there is no further page). */
    record Page(List<Holding> items, String next) {}

    interface Fetch {
        Page after(String cursor);
    }

    private final Fetch fetch;
    private List<Holding> page = List.of();
    private int position;
    private String cursor;
    private boolean exhausted;

    KeysetPages(Fetch fetch) {
        this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
        if (position < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        Page next = fetch.after(cursor);
        exhausted = next.next() == null || next.items().isEmpty();
        cursor = next.next();
        page = next.items();
        position = 0;
        return !page.isEmpty();
    }

    @Override
    public Holding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(position++);
    }
}
