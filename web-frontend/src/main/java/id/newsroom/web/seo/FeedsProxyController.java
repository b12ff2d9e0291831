package id.newsroom.web.seo;

import java.util.Map;

import id.newsroom.web.page.Pages;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.UpstreamClient;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** RSS, Atom and JSON Feed under the site's own address (feed readers and the head's alternate links use them). */
@RestController
class FeedsProxyController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "rss.xml", MediaType.parseMediaType("application/rss+xml;charset=UTF-8"),
            "atom.xml", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"),
            "feed.json", MediaType.parseMediaType("application/feed+json;charset=UTF-8"));

    private final UpstreamClient upstream;
    private final String feedBase;

    FeedsProxyController(UpstreamClient upstream, FeedClient feed) {
        this.upstream = upstream;
        this.feedBase = feed.baseUrl();
    }

    @GetMapping("/feeds/{file}")
    ResponseEntity<String> site(@PathVariable String file) {
        return proxy("/feeds/", file);
    }

    @GetMapping("/feeds/categories/{slug}/{file}")
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
        return proxy("/feeds/categories/" + UriUtils.encodePathSegment(slug, "UTF-8") + "/", file);
    }

    private ResponseEntity<String> proxy(String path, String file) {
        MediaType type = TYPES.get(file);
        if (type == null) {
            throw new NotFoundException("Feed tidak ditemukan", false);
        }
        UpstreamClient.Answer answer = upstream.get(feedBase + path + file);
        if (answer.status() == 404) {
            throw new NotFoundException("Feed tidak ditemukan", false);
        }
        if (answer.status() != 200) {
            throw new UpstreamUnavailableException(path + file + " answered " + answer.status());
        }
        return ResponseEntity.ok().cacheControl(Pages.Policy.LIST.cacheControl()).contentType(type).body(answer.body());
    }
}
