package id.newsroom.article.config;

import java.time.Duration;
import java.util.List;

import id.newsroom.defaults.http.FailedLogins;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the article-service reads from configuration under {@code article.*}, with its defaults (written here
 * only).
 *
 * @param categories    the newsroom sections; articles must use one of these slugs (empty: contracts/sections.json)
 * @param loginThrottle failed HTTP Basic logins ({@code article.login-throttle.*}) before 429s
 */
@ConfigurationProperties("article")
public record ArticleProperties(
        @DefaultValue List<Category> categories,
        @DefaultValue Limits limits,
        @DefaultValue Outbox outbox,
        @DefaultValue Schedule schedule,
        @DefaultValue Cors cors,
        @DefaultValue Media media,
        @DefaultValue Locks locks,
        @DefaultValue Revisions revisions,
        @DefaultValue FailedLogins.Limits loginThrottle) {

    public record Category(String slug, String name) {}

    /**
     * Sizes of what editors send.
     *
     * @param bodyMaxBytes    largest accepted article body (HTML, UTF-8 bytes)
     * @param requestMaxBytes largest accepted request entity; larger requests get 413 before they are read
     */
    public record Limits(
            @DefaultValue("204800") int bodyMaxBytes,
            @DefaultValue("327680") int requestMaxBytes) {}

    /**
     * The relay of committed changes to Kafka.
     *
     * @param source          the CloudEvents {@code ce_source}
     * @param pollInterval    how often the relay looks for pending events when nobody woke it up
     * @param batchSize       articles whose next event one pass sends; larger passes spread the round trips
     * @param bulkBatchSize   at most this many of them from archive imports (the bulk lane), so a pass an editor's
     *                        change waits behind stays short
     * @param deliveryTimeout producer delivery.timeout.ms: how long one send may wait for Kafka before it has failed
     * @param maxBackoff      longest pause between passes while Kafka keeps failing
     * @param lease           only the instance holding this lease relays, so events of one article never race
     */
    public record Outbox(
            @DefaultValue("news.articles.v1") String topic,
            @DefaultValue("/article-service") String source,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("100") int bulkBatchSize,
            @DefaultValue("30s") Duration deliveryTimeout,
            @DefaultValue("10s") Duration maxBackoff,
            @DefaultValue("60s") Duration lease) {}

    /** @param pollInterval how often due scheduled articles are looked for; bounds the publication delay */
    public record Schedule(@DefaultValue("500ms") Duration pollInterval) {}

    /**
     * The replica of media metadata (collection {@code media}), learnt from media-service's events.
     *
     * @param topic    the media events (the binding consumeMedia-in-0 reads it, with this default)
     * @param dlqTopic where a media record that can never be applied goes, so the next ones still apply
     */
    public record Media(
            @DefaultValue("news.media.v1") String topic,
            @DefaultValue("news.media.v1.dlq.article-service") String dlqTopic) {}

    /** @param ttl how long a desk tab's edit lock lasts without a heartbeat (the tab renews it well before) */
    public record Locks(@DefaultValue("60s") Duration ttl) {}

    /**
     * @param keptContents how many of an article's newest revisions keep their content (for diff and restore); older
     *                     revisions keep who, when and what changed only, so a much-autosaved draft stays bounded
     */
    public record Revisions(@DefaultValue("100") int keptContents) {}

    /** @param allowedOrigins browser origins allowed to call the API; empty means no cross-origin access */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}
}
