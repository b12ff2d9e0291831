package id.newsroom.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The answer of {@code GET /api/search} (DESIGN.md). */
public record SearchResponse(long total, long tookMs, List<Hit> hits, Map<String, List<FacetBucket>> facets) {

    /** One result; {@code snippet} is HTML: matches in {@code <mark>}, everything else escaped. */
    public record Hit(String articleId, String slug, String title, String snippet, Category category, Author author,
            List<String> tags, Instant publishedAt, Float score) {
    }

    public record Category(String slug, String name) {
    }

    public record Author(String id, String name) {
    }

    public record FacetBucket(String slug, String name, long count) {
    }

    /** {@code GET /api/search/suggest}: titles completing what was typed. */
    public record Suggestions(String query, List<Suggestion> suggestions) {
    }

    public record Suggestion(String articleId, String slug, String title) {
    }

    /** {@code GET /api/search/related/{articleId}}. */
    public record Related(String articleId, List<Hit> hits) {
    }
}
