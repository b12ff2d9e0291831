package id.newsroom.search.indexing;

/** A record that can never be indexed as it is (bad JSON, contract violation): retrying cannot help. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
