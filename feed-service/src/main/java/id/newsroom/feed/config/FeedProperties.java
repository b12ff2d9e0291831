package id.newsroom.feed.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything feed-service reads from configuration under {@code feed.*}, with its defaults (written here only).
 *
 * @param database   MongoDB database that holds the read model
 * @param topic      topic the projection reads and the rebuild replays (set in application.yml, which the
 *                   stream binding reads too)
 * @param categories known sections (empty: contracts/sections.json); a category seen in events is known too
 */
@ConfigurationProperties("feed")
public record FeedProperties(
        @DefaultValue("feeds") String database,
        String topic,
        @DefaultValue Site site,
        @DefaultValue Cache cache,
        @DefaultValue Live live,
        @DefaultValue Projection projection,
        @DefaultValue List<Category> categories) {

    public record Category(String slug, String name) {}

    /**
     * The public site the syndication feeds link to.
     *
     * @param url         public base URL: syndication links are absolute and start with it
     * @param articlePath path of an article page under the site URL; {slug} is replaced
     */
    public record Site(
            @DefaultValue("http://localhost:8082") String url,
            @DefaultValue("/api/articles/{slug}") String articlePath,
            @DefaultValue("Newsroom") String title,
            @DefaultValue("Berita terbaru dari Tangerang dan sekitarnya") String description,
            @DefaultValue("id") String language) {

        public String base() {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        public String articleUrl(String slug) {
            return base() + articlePath.replace("{slug}", slug);
        }
    }

    /**
     * HTTP caching of reads.
     *
     * @param maxAge               Cache-Control max-age (a CDN may serve a read this long)
     * @param staleWhileRevalidate Cache-Control stale-while-revalidate
     * @param firstPageTtl         how long this instance reuses a rendered first page; local writes invalidate it at once
     * @param articlePageTtl       how long this instance reuses a rendered article page; a change it applies evicts the
     *                             page at once, one applied by another instance shows within this (as within max-age)
     * @param articlePages         how many rendered article pages this instance keeps (the most read)
     */
    public record Cache(
            @DefaultValue("10s") Duration maxAge,
            @DefaultValue("30s") Duration staleWhileRevalidate,
            @DefaultValue("1s") Duration firstPageTtl,
            @DefaultValue("10s") Duration articlePageTtl,
            @DefaultValue("20000") int articlePages) {}

    /**
     * Server-Sent Events.
     *
     * @param heartbeat    comment sent this often, so proxies keep the connection and dead clients are found
     * @param timeout      a stream is closed after this long; EventSource reconnects with Last-Event-ID
     * @param replayBuffer events kept for Last-Event-ID resume
     */
    public record Live(
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("30m") Duration timeout,
            @DefaultValue("2000") int replayBuffer) {}

    /**
     * The projection's handling of events it cannot process.
     *
     * @param dlqTopic      dead-letter topic
     * @param retries       redeliveries of a poison event before it goes to the dead-letter topic (0: a record that
     *                      cannot be decoded fails the same way every time; retrying only holds its partition back)
     * @param retryInterval pause between those redeliveries
     */
    public record Projection(
            @DefaultValue("news.articles.v1.dlq.feed-service") String dlqTopic,
            @DefaultValue("0") int retries,
            @DefaultValue("200ms") Duration retryInterval) {}
}
