package id.newsroom.web.section;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.page.CachedFor;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Site;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Section, tag and author pages, newest first. Pagination is a real link carrying feed-service's cursor, so crawlers
 * follow it; each page's canonical is itself (cursor included).
 */
@Controller
class TimelinePagesController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_CURSOR_LENGTH = 512;

    private final FeedClient feed;
    private final Site site;
    private final FrontendProperties props;

    TimelinePagesController(FeedClient feed, Site site, FrontendProperties props) {
        this.feed = feed;
        this.site = site;
        this.props = props;
    }

    @GetMapping("/kategori/{slug}")
    @CachedFor(CachePolicy.LIST)
    String section(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        String name = props.sectionName(slug);
        return page(timeline("categories", slug, cursor), "/kategori", slug, cursor, "Berita " + name, name, slug,
                model);
    }

    @GetMapping("/tag/{tag}")
    @CachedFor(CachePolicy.LIST)
    String tag(@PathVariable String tag, @RequestParam(required = false) String cursor, Model model) {
        return page(timeline("tags", tag, cursor), "/tag", tag, cursor, "Berita dengan tag " + tag, "#" + tag, null,
                model);
    }

    @GetMapping("/penulis/{authorId}")
    @CachedFor(CachePolicy.LIST)
    String author(@PathVariable String authorId, @RequestParam(required = false) String cursor, Model model) {
        FeedModels.Timeline timeline = timeline("authors", authorId, cursor);
        String name = timeline.items().stream().map(FeedModels.Item::author).filter(a -> a != null && a.name() != null)
                .map(FeedModels.Author::name).findFirst().orElse(authorId);
        return page(timeline, "/penulis", authorId, cursor, "Berita oleh " + name, name, null, model);
    }

    private FeedModels.Timeline timeline(String kind, String key, String cursor) {
        if (cursor != null && (cursor.isBlank() || cursor.length() > MAX_CURSOR_LENGTH)) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        return feed.timeline(kind, key, cursor, PAGE_SIZE);
    }

    /** {@code liveCategory} non-null: a section, with its own feeds and, on its first page, the live banner. */
    private String page(FeedModels.Timeline timeline, String base, String key, String cursor, String title,
            String heading, String liveCategory, Model model) {
        String next = timeline.nextCursor() == null ? null : link(base, key, timeline.nextCursor());
        Meta meta = Meta.of(title + " | " + site.name(), title + " terbaru dari " + site.name() + ".",
                link(base, key, cursor)).withNext(next);
        if (liveCategory != null) {
            meta = meta.withFeed(Card.sectionFeedPath(liveCategory));
            if (cursor == null) {
                meta = meta.withLive(liveCategory); // only the first page grows when a story is published
            }
        }
        model.addAttribute("meta", meta);
        model.addAttribute("heading", heading);
        model.addAttribute("cards", timeline.items().stream().map(Card::of).toList());
        model.addAttribute("firstPage", cursor == null);
        return "timeline";
    }

    /** The page's own address: {@code base/key}, with {@code ?cursor=} beyond the first page. */
    private static String link(String base, String key, String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base).pathSegment(key);
        if (cursor != null) {
            link.queryParam("cursor", cursor);
        }
        return link.build().encode().toUriString();
    }
}
