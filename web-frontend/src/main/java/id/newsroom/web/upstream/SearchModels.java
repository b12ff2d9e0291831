package id.newsroom.web.upstream;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our own reading of search-service's JSON (tolerant: unknown fields are ignored). */
public final class SearchModels {

    private SearchModels() {}

    /**
     * What to ask search-service: the words, filters (blank: none; dates as yyyy-MM-dd), sort (relevance|newest) and
     * the page (from 1) of {@code size} results.
     */
    public record Query(String q, String category, String from, String to, String sort, int page, int size) {}

    /** One result; {@code snippet} is HTML from search-service: text escaped, matches in {@code <mark>}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(String articleId, String slug, String title, String snippet, FeedModels.Ref category,
            Instant publishedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facet(String slug, String name, long count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(long total, List<Hit> hits, Map<String, List<Facet>> facets) {
        public Result {
            hits = hits == null ? List.of() : hits;
            facets = facets == null ? Map.of() : facets;
        }

        public List<Facet> categoryFacets() {
            return facets.getOrDefault("category", List.of());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggestion(String slug, String title) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggestions(List<Suggestion> suggestions) {
        public Suggestions {
            suggestions = suggestions == null ? List.of() : suggestions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Related(List<Hit> hits) {
        public Related {
            hits = hits == null ? List.of() : hits;
        }
    }
}
