package id.newsroom.search.query.api;

import java.time.Instant;

/** A validated search request. {@code from}/{@code to} are inclusive bounds; nulls mean "any". */
public record SearchRequest(String q, String category, String tag, String author, Instant from, Instant to,
        Sort sort, int page, int size) {

    public enum Sort {
        RELEVANCE, NEWEST
    }
}
