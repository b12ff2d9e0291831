package id.newsroom.feed.syndication;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.feed.timeline.CategoryCatalog;
import id.newsroom.feed.timeline.FirstPageCache;
import id.newsroom.feed.timeline.Timeline;
import id.newsroom.feed.timeline.TimelineQueries;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.feed.web.HttpCaching;
import id.newsroom.feed.web.Rendered;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the home page and of each section: the latest 50 published articles. */
@RestController
@Tag(name = "syndication")
public class SyndicationController {

    static final int ITEMS = 50;
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    enum Format {
        RSS, ATOM, JSON
    }

    private final TimelineQueries queries;
    private final CategoryCatalog categories;
    private final FirstPageCache cache;
    private final ReadModel readModel;
    private final HttpCaching caching;
    private final FeedProperties.Site site;
    private final JsonMapper json;

    public SyndicationController(TimelineQueries queries, CategoryCatalog categories, FirstPageCache cache,
            ReadModel readModel, HttpCaching caching, FeedProperties props, JsonMapper json) {
        this.queries = queries;
        this.categories = categories;
        this.cache = cache;
        this.readModel = readModel;
        this.caching = caching;
        this.site = props.site();
        this.json = json;
    }

    @Operation(summary = "RSS 2.0 of the home page")
    @GetMapping("/feeds/rss.xml")
    public ResponseEntity<byte[]> rss(HttpServletRequest request) {
        return caching.respond(request, feed(Format.RSS, null));
    }

    @Operation(summary = "Atom 1.0 of the home page")
    @GetMapping("/feeds/atom.xml")
    public ResponseEntity<byte[]> atom(HttpServletRequest request) {
        return caching.respond(request, feed(Format.ATOM, null));
    }

    @Operation(summary = "JSON Feed 1.1 of the home page")
    @GetMapping("/feeds/feed.json")
    public ResponseEntity<byte[]> jsonFeed(HttpServletRequest request) {
        return caching.respond(request, feed(Format.JSON, null));
    }

    @Operation(summary = "RSS 2.0 of a section")
    @GetMapping("/feeds/categories/{slug}/rss.xml")
    public ResponseEntity<byte[]> categoryRss(@PathVariable String slug, HttpServletRequest request) {
        return caching.respond(request, feed(Format.RSS, slug));
    }

    @Operation(summary = "Atom 1.0 of a section")
    @GetMapping("/feeds/categories/{slug}/atom.xml")
    public ResponseEntity<byte[]> categoryAtom(@PathVariable String slug, HttpServletRequest request) {
        return caching.respond(request, feed(Format.ATOM, slug));
    }

    @Operation(summary = "JSON Feed 1.1 of a section")
    @GetMapping("/feeds/categories/{slug}/feed.json")
    public ResponseEntity<byte[]> categoryJsonFeed(@PathVariable String slug, HttpServletRequest request) {
        return caching.respond(request, feed(Format.JSON, slug));
    }

    private Rendered feed(Format format, String category) {
        if (category != null && !categories.isKnown(category)) {
            throw ClientProblem.notFound("Unknown category '" + category + "'.");
        }
        String key = readModel.activeName() + "|feed|" + format + "|" + category;
        return cache.get(key, () -> render(format, category));
    }

    private Rendered render(Format format, String category) {
        Timeline timeline = category == null ? Timeline.home() : new Timeline(Timeline.Kind.CATEGORY, category);
        List<FeedEntry> entries = queries.latest(timeline, ITEMS).stream()
                .map(d -> FeedEntry.of(d, site.articleUrl(d.getString("slug")))).toList();
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder())
                .orElse(readModel.servingSince());
        String base = site.base() + (category == null ? "/feeds/" : "/feeds/categories/" + category + "/");
        String home = site.base() + (category == null ? "/api/feed" : "/api/feed/categories/" + category);
        String title = category == null ? site.title() : site.title() + " - " + categories.name(category);
        FeedWriters.Channel ch = new FeedWriters.Channel(title, site.description(), home,
                base + switch (format) {
                    case RSS -> "rss.xml";
                    case ATOM -> "atom.xml";
                    case JSON -> "feed.json";
                },
                site.language(), updated);
        return switch (format) {
            case RSS -> Rendered.of(FeedWriters.rss(ch, entries), RSS, updated);
            case ATOM -> Rendered.of(FeedWriters.atom(ch, entries), ATOM, updated);
            case JSON -> Rendered.of(FeedWriters.jsonFeed(json, ch, entries), JSON_FEED, updated);
        };
    }
}
