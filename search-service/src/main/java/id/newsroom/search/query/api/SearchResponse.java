package id.newsroom.search.query.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (DESIGN.md). {@code total} counts full and partial matches;
 * {@code totalRelation} is "gte" when it is a lower bound (a query matching more than the exact-count bound);
 * {@code didYouMean} is the corrected query the results are for when a word was unknown, else null.
 */
public record SearchResponse(long total, String totalRelation, long tookMs, List<Hit> hits,
        Map<String, List<FacetBucket>> facets, Matches matches, String didYouMean) {

    public static final String EXACT = "eq";
    public static final String AT_LEAST = "gte";

    public static SearchResponse empty() {
        return new SearchResponse(0, EXACT, 0, List.of(), Map.of("category", List.of()), new Matches(0, 0), null);
    }

    public SearchResponse took(long tookMs) {
        return new SearchResponse(total, totalRelation, tookMs, hits, facets, matches, didYouMean);
    }

    /** One result; {@code snippet} is HTML: matches in {@code <mark>}, everything else escaped. {@code match} is
     *  "full" (every word), "partial" (most words) or null (no words asked, or a related story). */
    public record Hit(String articleId, String slug, String title, String snippet, Category category, Author author,
            List<String> tags, Instant publishedAt, Float score, String match) {}

    /** How many hits have every word ({@code full}) and how many most of them ({@code partial}, listed after). */
    public record Matches(long full, long partial) {}

    public record Category(String slug, String name) {}

    public record Author(String id, String name) {}

    public record FacetBucket(String slug, String name, long count) {}

    /** {@code GET /api/search/suggest}: titles completing what was typed. */
    public record Suggestions(String query, List<Suggestion> suggestions) {}

    public record Suggestion(String articleId, String slug, String title) {}

    /** {@code GET /api/search/related/{articleId}}. */
    public record Related(String articleId, List<Hit> hits) {}
}
