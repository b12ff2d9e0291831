package id.newsroom.web.home;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.page.CachedFor;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Redirects;
import id.newsroom.web.page.Site;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The front page: the newest story as the lead, then one block per section. Also old WordPress links {@code /?p=}. */
@Controller
public class HomeController {

    /** A section's block on the front page. */
    public record Block(String slug, String name, String href, List<Card> cards) {}

    private static final int PER_SECTION = 4;

    private final FeedClient feed;
    private final Site site;

    HomeController(FeedClient feed, Site site) {
        this.feed = feed;
        this.site = site;
    }

    @GetMapping("/")
    @CachedFor(CachePolicy.LIST)
    String home(Model model) {
        List<FeedModels.Item> latest = feed.home(null, 7).items();
        List<Block> blocks = new ArrayList<>();
        for (FrontendProperties.Section section : site.sections()) {
            List<Card> cards = sectionCards(section.slug());
            if (!cards.isEmpty()) {
                blocks.add(new Block(section.slug(), section.name(), Card.sectionPath(section.slug()), cards));
            }
        }
        model.addAttribute("meta", Meta.of(site.name() + ": berita terkini", site.description(), "/").withLive(""));
        model.addAttribute("lead", latest.stream().findFirst().map(Card::of));
        model.addAttribute("latest", latest.stream().skip(1).map(Card::of).toList());
        model.addAttribute("blocks", blocks);
        return "home";
    }

    /** An old WordPress link {@code /?p=123}: 301 to the imported story, 404 when feed-service knows no such post. */
    @GetMapping(path = "/", params = "p")
    ModelAndView legacyWordPress(@RequestParam("p") String postId) {
        if (!postId.matches("\\d{1,18}")) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        FeedModels.Article article = feed.legacyWordPress(Long.parseLong(postId))
                .orElseThrow(() -> new NotFoundException("Berita tidak ditemukan", false));
        return Redirects.permanent(Card.articlePath(article.slug()));
    }

    /** A section feed-service does not know (yet) is left out rather than failing the front page. */
    private List<Card> sectionCards(String slug) {
        try {
            return feed.timeline("categories", slug, null, PER_SECTION).items().stream().map(Card::of).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
