package id.newsroom.web.upstream;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import id.newsroom.web.config.FrontendProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/** feed-service's public API, as the pages need it. */
@Component
public class FeedClient {

    /** An article, or the slug it moved to (an old slug). */
    public record ArticleLookup(FeedModels.Article article, String movedTo) {}

    private final UpstreamClient upstream;
    private final JsonMapper json;
    private final String base;
    private final Duration articleFresh;

    public FeedClient(UpstreamClient upstream, JsonMapper json, FrontendProperties props) {
        this.upstream = upstream;
        this.json = json;
        this.base = props.feedUrl();
        this.articleFresh = props.upstream().articleFresh();
    }

    /** The home timeline. */
    public FeedModels.Timeline home(String cursor, int limit) {
        return timeline(Uris.at(base).path("/api/feed"), cursor, limit);
    }

    /** A section, tag or author timeline: {@code kind} is categories, tags or authors. */
    public FeedModels.Timeline timeline(String kind, String key, String cursor, int limit) {
        return timeline(Uris.at(base).path("/api/feed").pathSegment(kind, nonBlank(key)), cursor, limit);
    }

    private FeedModels.Timeline timeline(UriComponentsBuilder path, String cursor, int limit) {
        URI uri = Uris
                .encoded(path.queryParam("limit", limit).queryParamIfPresent("cursor", Optional.ofNullable(cursor)));
        UpstreamClient.Answer answer = upstream.get(uri);
        // 400 is a malformed cursor: for a reader that address simply does not exist.
        if (answer.status() == 404 || answer.status() == 400) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        return json.readValue(expectOk(uri, answer), FeedModels.Timeline.class);
    }

    /** The article by slug; an old slug gives the current one. */
    public ArticleLookup article(String slug) {
        URI uri = Uris.encoded(Uris.at(base).path("/api/articles").pathSegment(nonBlank(slug)));
        UpstreamClient.Answer answer = upstream.get(uri, articleFresh);
        if (answer.status() == 301 && answer.location() != null) {
            List<String> segments = UriComponentsBuilder.fromUriString(answer.location()).build().getPathSegments();
            return new ArticleLookup(null, decoded(segments.get(segments.size() - 1)));
        }
        notFoundOrGone(answer);
        return new ArticleLookup(json.readValue(expectOk(uri, answer), FeedModels.Article.class), null);
    }

    /** The article imported from WordPress post {@code postId}, if feed-service knows it. */
    public Optional<FeedModels.Article> legacyWordPress(long postId) {
        URI uri = Uris.encoded(Uris.at(base).path("/api/articles/legacy/wordpress").pathSegment(Long.toString(postId)));
        UpstreamClient.Answer answer = upstream.get(uri);
        if (answer.status() == 404 || answer.status() == 410 || answer.status() == 400) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(expectOk(uri, answer), FeedModels.Article.class));
    }

    /**
     * RSS, Atom or JSON Feed of the site ({@code category} null) or of one section, as feed-service renders it;
     * {@code file} is one of rss.xml, atom.xml, feed.json.
     */
    public String syndication(String category, String file) {
        UriComponentsBuilder path = Uris.at(base).path("/feeds");
        if (category != null) {
            path.pathSegment("categories", nonBlank(category));
        }
        URI uri = Uris.encoded(path.pathSegment(file));
        UpstreamClient.Answer answer = upstream.get(uri);
        if (answer.status() == 404) {
            throw new NotFoundException("Feed tidak ditemukan", false);
        }
        return expectOk(uri, answer);
    }

    private static void notFoundOrGone(UpstreamClient.Answer answer) {
        if (answer.status() == 410) {
            throw new NotFoundException("Berita ini sudah tidak tersedia", true);
        }
        if (answer.status() == 404 || answer.status() == 400) {
            throw new NotFoundException("Berita tidak ditemukan", false);
        }
    }

    /** A blank key names nothing (and the URI builder would drop its empty segment). */
    private static String nonBlank(String key) {
        if (key.isBlank()) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        return key;
    }

    private static String decoded(String segment) {
        return UriUtils.decode(segment, StandardCharsets.UTF_8);
    }

    static String expectOk(URI uri, UpstreamClient.Answer answer) {
        if (answer.status() != 200) {
            throw new UpstreamUnavailableException(uri + " answered " + answer.status());
        }
        return answer.body();
    }
}
