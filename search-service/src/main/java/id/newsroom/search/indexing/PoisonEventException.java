package id.newsroom.search.indexing;

/** A record that can never be indexed as it is (bad JSON, contract violation): retrying cannot help. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
