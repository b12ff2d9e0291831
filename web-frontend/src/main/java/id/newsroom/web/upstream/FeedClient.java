package id.newsroom.web.upstream;

import java.util.Optional;

import id.newsroom.web.config.FrontendProperties;
import org.springframework.stereotype.Component;
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

    public FeedClient(UpstreamClient upstream, JsonMapper json, FrontendProperties props) {
        this.upstream = upstream;
        this.json = json;
        this.base = props.feedUrl();
    }

    public String baseUrl() {
        return base;
    }

    /** The home timeline. */
    public FeedModels.Timeline home(String cursor, int limit) {
        return timeline("/api/feed", cursor, limit);
    }

    /** A section, tag or author timeline: {@code kind} is categories, tags or authors. */
    public FeedModels.Timeline timeline(String kind, String key, String cursor, int limit) {
        return timeline("/api/feed/" + kind + "/" + UriUtils.encodePathSegment(key, "UTF-8"), cursor, limit);
    }

    private FeedModels.Timeline timeline(String path, String cursor, int limit) {
        String url = base + path + "?limit=" + limit
                + (cursor == null ? "" : "&cursor=" + UriUtils.encodeQueryParam(cursor, "UTF-8"));
        UpstreamClient.Answer answer = upstream.get(url);
        // 400 is a malformed cursor: for a reader that address simply does not exist.
        if (answer.status() == 404 || answer.status() == 400) {
            throw new NotFoundException("Halaman tidak ditemukan", false);
        }
        return json.readValue(expectOk(url, answer), FeedModels.Timeline.class);
    }

    /** The article by slug; an old slug gives the current one. */
    public ArticleLookup article(String slug) {
        String url = base + "/api/articles/" + UriUtils.encodePathSegment(slug, "UTF-8");
        UpstreamClient.Answer answer = upstream.get(url);
        if (answer.status() == 301 && answer.location() != null) {
            String location = answer.location();
            return new ArticleLookup(null, UriUtils.decode(location.substring(location.lastIndexOf('/') + 1), "UTF-8"));
        }
        notFoundOrGone(answer);
        return new ArticleLookup(json.readValue(expectOk(url, answer), FeedModels.Article.class), null);
    }

    /** The article imported from WordPress post {@code postId}, if feed-service knows it. */
    public Optional<FeedModels.Article> legacyWordPress(long postId) {
        String url = base + "/api/articles/legacy/wordpress/" + postId;
        UpstreamClient.Answer answer = upstream.get(url);
        if (answer.status() == 404 || answer.status() == 410 || answer.status() == 400) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(expectOk(url, answer), FeedModels.Article.class));
    }

    private static void notFoundOrGone(UpstreamClient.Answer answer) {
        if (answer.status() == 410) {
            throw new NotFoundException("Berita ini sudah tidak tersedia", true);
        }
        if (answer.status() == 404 || answer.status() == 400) {
            throw new NotFoundException("Berita tidak ditemukan", false);
        }
    }

    static String expectOk(String url, UpstreamClient.Answer answer) {
        if (answer.status() != 200) {
            throw new UpstreamUnavailableException(url + " answered " + answer.status());
        }
        return answer.body();
    }
}
