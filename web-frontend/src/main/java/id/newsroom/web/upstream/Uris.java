package id.newsroom.web.upstream;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the upstream APIs, built and encoded by Spring rather than by string concatenation. */
final class Uris {

    private Uris() {}

    /** The service's base URL; a trailing slash on it is harmless (the builder merges the slashes). */
    static UriComponentsBuilder at(String base) {
        return UriComponentsBuilder.fromUriString(base);
    }

    /**
     * Each component encoded for its place (a slug's "/" becomes %2F, a query value's "&" %26). Spring leaves "+" as
     * RFC 3986 allows, but servers decode a query's "+" as a space, so a search for "c++" would lose it: %2B.
     */
    static URI encoded(UriComponentsBuilder builder) {
        return URI.create(builder.build().encode().toUriString().replace("+", "%2B"));
    }
}
