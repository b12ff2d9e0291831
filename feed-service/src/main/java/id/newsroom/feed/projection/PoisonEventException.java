package id.newsroom.feed.projection;

/** An event that can never be applied (bad JSON, contract violation): retrying will not help, the DLQ will. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
