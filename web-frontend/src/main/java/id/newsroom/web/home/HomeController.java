package id.newsroom.web.home;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Pages;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front page: the newest story as the lead, then one block per section. Also old WordPress links {@code /?p=}. */
@RestController
public class HomeController {

    /** A section's block on the front page. */
    public record Block(String slug, String name, String href, List<Card> cards) {}

    private static final int PER_SECTION = 4;

    private final FeedClient feed;
    private final Pages pages;
    private final List<FrontendProperties.Section> sections;

    HomeController(FeedClient feed, Pages pages, FrontendProperties props) {
        this.feed = feed;
        this.pages = pages;
        this.sections = props.sectionList();
    }

    @GetMapping("/")
    ResponseEntity<String> home(@RequestParam(name = "p", required = false) String wordpressPostId) {
        if (wordpressPostId != null) {
            return legacyWordPress(wordpressPostId);
        }
        List<FeedModels.Item> latest = feed.home(null, 7).items();
        Card lead = latest.isEmpty() ? null : Card.of(latest.get(0));
        List<Card> more = latest.stream().skip(1).map(Card::of).toList();
        List<Block> blocks = new ArrayList<>();
        for (FrontendProperties.Section section : sections) {
            List<Card> cards = sectionCards(section.slug());
            if (!cards.isEmpty()) {
                blocks.add(new Block(section.slug(), section.name(), Card.sectionPath(section.slug()), cards));
            }
        }
        Meta meta = Meta.of(pages.site().name() + ": berita terkini", pages.site().description(), "/").withLive("");
        return pages.ok(Pages.Policy.LIST, "home", meta, Map.of("lead", Optional.ofNullable(lead),
                "latest", more, "blocks", blocks));
    }

    /** A section feed-service does not know (yet) is left out rather than failing the front page. */
    private List<Card> sectionCards(String slug) {
        try {
            return feed.timeline("categories", slug, null, PER_SECTION).items().stream().map(Card::of).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private ResponseEntity<String> legacyWordPress(String postId) {
        if (!postId.matches("\\d{1,18}")) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        FeedModels.Article article = feed.legacyWordPress(Long.parseLong(postId))
                .orElseThrow(() -> new NotFoundException("Berita tidak ditemukan", false));
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(Card.articlePath(article.slug()))).build();
    }
}
