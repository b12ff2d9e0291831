package id.newsroom.web.section;

import java.util.List;
import java.util.Map;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Pages;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Section, tag and author pages, newest first. Pagination is a real link carrying feed-service's cursor, so crawlers
 * follow it; each page's canonical is itself (cursor included).
 */
@RestController
class TimelinePagesController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_CURSOR_LENGTH = 512;

    private final FeedClient feed;
    private final Pages pages;
    private final FrontendProperties props;

    TimelinePagesController(FeedClient feed, Pages pages, FrontendProperties props) {
        this.feed = feed;
        this.pages = pages;
        this.props = props;
    }

    @GetMapping("/kategori/{slug}")
    ResponseEntity<String> section(@PathVariable String slug, @RequestParam(required = false) String cursor) {
        String name = props.sectionName(slug);
        return render("categories", slug, cursor, "/kategori/", "Berita " + name, name, slug);
    }

    @GetMapping("/tag/{tag}")
    ResponseEntity<String> tag(@PathVariable String tag, @RequestParam(required = false) String cursor) {
        return render("tags", tag, cursor, "/tag/", "Berita dengan tag " + tag, "#" + tag, null);
    }

    @GetMapping("/penulis/{authorId}")
    ResponseEntity<String> author(@PathVariable String authorId, @RequestParam(required = false) String cursor) {
        FeedModels.Timeline timeline = timeline("authors", authorId, cursor);
        String name = timeline.items().stream().map(FeedModels.Item::author).filter(a -> a != null && a.name() != null)
                .map(FeedModels.Author::name).findFirst().orElse(authorId);
        return respond(timeline, "/penulis/", authorId, cursor, "Berita oleh " + name, name, null);
    }

    private ResponseEntity<String> render(String kind, String key, String cursor, String base, String title,
            String heading, String liveCategory) {
        return respond(timeline(kind, key, cursor), base, key, cursor, title, heading, liveCategory);
    }

    private FeedModels.Timeline timeline(String kind, String key, String cursor) {
        if (cursor != null && (cursor.isBlank() || cursor.length() > MAX_CURSOR_LENGTH)) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        return feed.timeline(kind, key, cursor, PAGE_SIZE);
    }

    private ResponseEntity<String> respond(FeedModels.Timeline timeline, String base, String key, String cursor,
            String title, String heading, String liveCategory) {
        String path = base + UriUtils.encodePathSegment(key, "UTF-8");
        String self = cursor == null ? path : path + "?cursor=" + UriUtils.encodeQueryParam(cursor, "UTF-8");
        String next = timeline.nextCursor() == null
                ? null
                : path + "?cursor=" + UriUtils.encodeQueryParam(timeline.nextCursor(), "UTF-8");
        List<Card> cards = timeline.items().stream().map(Card::of).toList();
        Meta meta = Meta.of(title + " | " + pages.site().name(), title + " terbaru dari " + pages.site().name() + ".",
                self).withNext(next);
        if (liveCategory != null) {
            meta = meta.withFeed("/feeds/categories/" + UriUtils.encodePathSegment(liveCategory, "UTF-8"));
            if (cursor == null) {
                meta = meta.withLive(liveCategory); // only the first page grows when a story is published
            }
        }
        return pages.ok(Pages.Policy.LIST, "timeline", meta,
                Map.of("heading", heading, "cards", cards, "firstPage", cursor == null));
    }
}
