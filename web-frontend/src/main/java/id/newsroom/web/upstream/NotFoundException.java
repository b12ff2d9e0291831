package id.newsroom.web.upstream;

/** What the reader asked for does not exist (or its address is malformed): a 404 page, or 410 when {@code gone}. */
public class NotFoundException extends RuntimeException {

    private final boolean gone;

    public NotFoundException(String message, boolean gone) {
        super(message);
        this.gone = gone;
    }

    public boolean gone() {
        return gone;
    }
}
