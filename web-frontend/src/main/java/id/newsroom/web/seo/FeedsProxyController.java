package id.newsroom.web.seo;

import java.util.Map;

import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS, Atom and JSON Feed under the site's own address (feed readers and the head's alternate links use them):
 * feed-service's documents passed on as they are, so a response entity rather than a view.
 */
@Controller
class FeedsProxyController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "rss.xml", MediaType.parseMediaType("application/rss+xml;charset=UTF-8"),
            "atom.xml", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"),
            "feed.json", MediaType.parseMediaType("application/feed+json;charset=UTF-8"));

    private final FeedClient feed;

    FeedsProxyController(FeedClient feed) {
        this.feed = feed;
    }

    @GetMapping("/feeds/{file}")
    ResponseEntity<String> site(@PathVariable String file) {
        return proxy(null, file);
    }

    @GetMapping("/feeds/categories/{slug}/{file}")
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
        return proxy(slug, file);
    }

    private ResponseEntity<String> proxy(String category, String file) {
        MediaType type = TYPES.get(file);
        if (type == null) {
            throw new NotFoundException("Feed tidak ditemukan", false);
        }
        return ResponseEntity.ok().cacheControl(CachePolicy.LIST.cacheControl()).contentType(type)
                .body(feed.syndication(category, file));
    }
}
