package id.newsroom.search.query.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.query.SearchService;
import id.newsroom.search.query.SuggestService;
import id.newsroom.search.query.api.BadQueryException;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.related.RelatedService;

/** The public, read-only search API (DESIGN.md). */
@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
public class SearchController {

    /** Dates without a time are newsroom days (WIB). */
    static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Jakarta");

    private final SearchService search;
    private final SuggestService suggest;
    private final RelatedService related;
    private final int maxSize;

    public SearchController(SearchService search, SuggestService suggest, RelatedService related,
            SearchProperties properties) {
        this.search = search;
        this.suggest = suggest;
        this.related = related;
        this.maxSize = properties.query().maxSize();
    }

    @Operation(summary = "Search published articles",
            description = "q: words, \"quoted phrases\" and -exclusions; anything else is plain text.")
    @GetMapping
    public SearchResponse search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author,
            @Parameter(description = "ISO date (WIB day) or instant, inclusive") @RequestParam(
                    required = false) String from,
            @Parameter(description = "ISO date (WIB day) or instant, inclusive") @RequestParam(
                    required = false) String to,
            @Parameter(description = "relevance (default) or newest") @RequestParam(
                    defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        if (page < 1) {
            throw new BadQueryException("page must be 1 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new BadQueryException("size must be between 1 and " + maxSize);
        }
        Instant fromInstant = instant("from", from, false);
        Instant toInstant = instant("to", to, true);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw new BadQueryException("from must not be after to");
        }
        return search.search(new SearchRequest(q, blankToNull(category), blankToNull(tag), blankToNull(author),
                fromInstant, toInstant, sort(sort), page, size));
    }

    @Operation(summary = "Complete a title as it is typed (prefix, one typo allowed)")
    @GetMapping("/suggest")
    public SearchResponse.Suggestions suggest(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "8") int size) {
        if (size < 1 || size > 20) {
            throw new BadQueryException("size must be between 1 and 20");
        }
        return suggest.suggest(q, size);
    }

    @Operation(summary = "Published articles like this one, never itself")
    @GetMapping("/related/{articleId}")
    public SearchResponse.Related related(@PathVariable String articleId, @RequestParam(defaultValue = "5") int size) {
        if (size < 1 || size > 20) {
            throw new BadQueryException("size must be between 1 and 20");
        }
        if (articleId.length() > 64) {
            throw new BadQueryException("articleId is longer than 64 characters");
        }
        return related.related(articleId, size);
    }

    private static SearchRequest.Sort sort(String sort) {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "newest" -> SearchRequest.Sort.NEWEST;
            default -> throw new BadQueryException("sort must be relevance or newest, not " + shorten(sort));
        };
    }

    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay
                        ? day.plusDays(1).atStartOfDay(NEWSROOM_ZONE).toInstant().minusMillis(1)
                        : day.atStartOfDay(NEWSROOM_ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadQueryException(
                    name + " must be a date (2026-11-28) or a date-time (2026-11-28T08:00:00+07:00), not "
                            + shorten(value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
