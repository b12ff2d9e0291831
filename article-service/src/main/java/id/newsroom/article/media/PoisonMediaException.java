package id.newsroom.article.media;

/** A media record that can never be applied (bad JSON, missing fields): retrying will not help, the DLQ will. */
public class PoisonMediaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonMediaException(String message) {
        super(message);
    }

    public PoisonMediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
