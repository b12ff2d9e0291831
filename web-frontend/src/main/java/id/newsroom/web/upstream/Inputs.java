package id.newsroom.web.upstream;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The upstream answers a page was made from, recorded on the request thread while it renders (the controllers call
 * the clients synchronously), so that the page cache can later ask whether they are all still the same without the
 * controllers having to say what they read.
 */
public final class Inputs {

    /**
     * One answer read: its {@code version} (the upstream's ETag, or a digest of the body when it sends none), when it
     * was last confirmed current ({@code fetched}) and how long it is reused without asking ({@code fresh}).
     */
    public record Input(URI uri, Duration fresh, String version, Instant fetched) {

        public Instant freshUntil() {
            return fetched.plus(fresh);
        }
    }

    /** What one render read; {@code complete} false when a read failed or must never be reused (a preview). */
    public static final class Recording implements AutoCloseable {

        private final List<Input> inputs = new ArrayList<>();
        private boolean complete = true;

        public List<Input> inputs() {
            return List.copyOf(inputs);
        }

        public boolean complete() {
            return complete;
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private Inputs() {}

    /** Starts recording this thread's reads until the recording is closed. */
    public static Recording record() {
        Recording recording = new Recording();
        CURRENT.set(recording);
        return recording;
    }

    static void read(Input input) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.inputs.add(input);
        }
    }

    /** A read failed (the page shows less than it would) or was of something never reused: the page is not kept. */
    static void incomplete() {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.complete = false;
        }
    }
}
