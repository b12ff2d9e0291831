package id.newsroom.search.indexing;

/** The record could not be handled now (index or Kafka trouble); the consumer goes back to it after a pause. */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
