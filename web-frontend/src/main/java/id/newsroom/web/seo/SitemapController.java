package id.newsroom.web.seo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.media.Photo;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.page.Site;
import id.newsroom.web.page.Wib;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} (an index of one sitemap per section), the section sitemaps (their newest 100 stories),
 * {@code /sitemap-news.xml} in the Google News format (stories of the last two days, at most 1,000) and robots.txt.
 * A story with a picture names it ({@code image:image}, Google's image extension) so image search finds it. XML and
 * text, not pages: response entities written here (the JTE views are HTML, escaped by HTML's rules).
 */
@Controller
class SitemapController {

    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_MAX = 1000;
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final FeedClient feed;
    private final Site site;
    private final FrontendProperties props;
    private final Clock clock;

    SitemapController(FeedClient feed, Site site, FrontendProperties props) {
        this.feed = feed;
        this.site = site;
        this.props = props;
        this.clock = Clock.systemUTC();
    }

    @GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nAllow: /\nDisallow: /cari\nDisallow: /live\n\n"
                + "Sitemap: " + site.absolute("/sitemap.xml") + "\nSitemap: " + site.absolute("/sitemap-news.xml")
                + "\n";
        return ResponseEntity.ok().cacheControl(CachePolicy.SITEMAP.cacheControl()).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>").append(esc(site.absolute("/sitemap-news.xml"))).append("</loc></sitemap>\n");
        for (FrontendProperties.Section section : props.sectionList()) {
            xml.append("  <sitemap><loc>").append(esc(site.absolute("/sitemaps/kategori-" + section.slug() + ".xml")))
                    .append("</loc></sitemap>\n");
        }
        return xml(xml.append("</sitemapindex>\n"));
    }

    @GetMapping("/sitemaps/kategori-{slug}.xml")
    ResponseEntity<String> section(@PathVariable String slug) {
        if (props.sectionList().stream().noneMatch(s -> s.slug().equals(slug))) {
            throw new NotFoundException("Sitemap tidak ditemukan", false);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:image=\"" + IMAGE_NS + "\">\n");
        xml.append("  <url><loc>").append(esc(site.absolute(Card.sectionPath(slug)))).append("</loc></url>\n");
        for (FeedModels.Item item : feed.timeline("categories", slug, null, 100).items()) {
            Instant modified = item.updatedAt() == null ? item.publishedAt() : item.updatedAt();
            xml.append("  <url><loc>").append(esc(site.absolute(Card.articlePath(item.slug())))).append("</loc>")
                    .append("<lastmod>").append(Wib.iso(modified)).append("</lastmod>");
            xml.append(image(item)).append("</url>\n");
        }
        return xml(xml.append("</urlset>\n"));
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> news() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\" xmlns:image=\"" + IMAGE_NS + "\">\n");
        for (FeedModels.Item item : recentItems()) {
            xml.append("  <url>\n    <loc>").append(esc(site.absolute(Card.articlePath(item.slug()))))
                    .append("</loc>\n")
                    .append("    <news:news>\n      <news:publication><news:name>").append(esc(site.name()))
                    .append("</news:name><news:language>id</news:language></news:publication>\n")
                    .append("      <news:publication_date>").append(Wib.iso(item.publishedAt()))
                    .append("</news:publication_date>\n      <news:title>").append(esc(item.title()))
                    .append("</news:title>\n    </news:news>\n");
            String image = image(item);
            if (!image.isEmpty()) {
                xml.append("    ").append(image).append('\n');
            }
            xml.append("  </url>\n");
        }
        return xml(xml.append("</urlset>\n"));
    }

    /** Newest first, page by page, until a story is older than two days or the 1,000 allowed are listed. */
    List<FeedModels.Item> recentItems() {
        Instant since = clock.instant().minus(NEWS_WINDOW);
        List<FeedModels.Item> items = new ArrayList<>();
        String cursor = null;
        do {
            FeedModels.Timeline page = feed.home(cursor, 100);
            for (FeedModels.Item item : page.items()) {
                if (item.publishedAt() == null || item.publishedAt().isBefore(since) || items.size() == NEWS_MAX) {
                    return items;
                }
                items.add(item);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }

    /** The story's picture (a media's w1280 JPEG or its largest width, else the external URL), if it has one. */
    private static String image(FeedModels.Item item) {
        Photo photo = Photo.of(item.image(), item.title());
        String loc = photo == null ? null : photo.largeJpeg();
        return loc == null ? "" : "<image:image><image:loc>" + esc(loc) + "</image:loc></image:image>";
    }

    private static ResponseEntity<String> xml(StringBuilder body) {
        return ResponseEntity.ok().cacheControl(CachePolicy.SITEMAP.cacheControl()).contentType(XML)
                .body(body.toString());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
