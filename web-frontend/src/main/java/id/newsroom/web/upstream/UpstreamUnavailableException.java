package id.newsroom.web.upstream;

/** feed-service or search-service did not answer (down, timeout, 5xx) and no cached copy could stand in. */
public class UpstreamUnavailableException extends RuntimeException {

    public UpstreamUnavailableException(String message) {
        super(message);
    }
}
