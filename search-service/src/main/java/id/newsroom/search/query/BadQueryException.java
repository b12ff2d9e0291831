package id.newsroom.search.query;

/** The request cannot be answered as asked; the message is the problem's {@code detail}, written for people. */
public class BadQueryException extends RuntimeException {

    public BadQueryException(String message) {
        super(message);
    }
}
