package id.newsroom.feed.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything feed-service reads from configuration under {@code feed.*}. */
@ConfigurationProperties("feed")
public class FeedProperties {

    /** MongoDB database that holds the read model. */
    private String database = "feeds";

    /** Topic the projection reads and the rebuild replays. */
    private String topic = "news.articles.v1";

    private final Site site = new Site();
    private final Cache cache = new Cache();
    private final Live live = new Live();
    private final Projection projection = new Projection();

    /** Known sections; a category seen in events is known too. */
    private List<Category> categories = new ArrayList<>();

    public String getDatabase() { return database; }
    public void setDatabase(String database) { this.database = database; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Site getSite() { return site; }
    public Cache getCache() { return cache; }
    public Live getLive() { return live; }
    public Projection getProjection() { return projection; }
    public List<Category> getCategories() { return categories; }
    public void setCategories(List<Category> categories) { this.categories = categories; }

    public static class Category {
        private String slug;
        private String name;

        public String getSlug() { return slug; }
        public void setSlug(String slug) { this.slug = slug; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    public static class Site {
        /** Public base URL of the site: syndication links are absolute and start with it. */
        private String url = "http://localhost:8082";
        /** Path of an article page under the site URL; {slug} is replaced. */
        private String articlePath = "/api/articles/{slug}";
        private String title = "Newsroom";
        private String description = "Berita terbaru dari Newsroom";
        private String language = "id";

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getArticlePath() { return articlePath; }
        public void setArticlePath(String articlePath) { this.articlePath = articlePath; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }

        public String base() {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        public String articleUrl(String slug) {
            return base() + articlePath.replace("{slug}", slug);
        }
    }

    public static class Cache {
        /** Cache-Control max-age of reads (a CDN may serve them this long). */
        private Duration maxAge = Duration.ofSeconds(10);
        /** Cache-Control stale-while-revalidate of reads. */
        private Duration staleWhileRevalidate = Duration.ofSeconds(30);
        /** How long this instance reuses a rendered first page; local projection writes invalidate it at once. */
        private Duration firstPageTtl = Duration.ofSeconds(1);

        public Duration getMaxAge() { return maxAge; }
        public void setMaxAge(Duration maxAge) { this.maxAge = maxAge; }
        public Duration getStaleWhileRevalidate() { return staleWhileRevalidate; }
        public void setStaleWhileRevalidate(Duration v) { this.staleWhileRevalidate = v; }
        public Duration getFirstPageTtl() { return firstPageTtl; }
        public void setFirstPageTtl(Duration firstPageTtl) { this.firstPageTtl = firstPageTtl; }
    }

    public static class Live {
        /** SSE comment sent to every client this often, so proxies keep the connection and dead clients are found. */
        private Duration heartbeat = Duration.ofSeconds(15);
        /** A stream is closed after this long; EventSource reconnects with Last-Event-ID. */
        private Duration timeout = Duration.ofMinutes(30);
        /** Events kept for Last-Event-ID resume. */
        private int replayBuffer = 2000;

        public Duration getHeartbeat() { return heartbeat; }
        public void setHeartbeat(Duration heartbeat) { this.heartbeat = heartbeat; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public int getReplayBuffer() { return replayBuffer; }
        public void setReplayBuffer(int replayBuffer) { this.replayBuffer = replayBuffer; }
    }

    public static class Projection {
        /** Dead-letter topic for events that cannot be processed. */
        private String dlqTopic = "news.articles.v1.dlq.feed-service";
        /** Redeliveries of a poison event before it goes to the DLQ. */
        private int retries = 2;
        private Duration retryInterval = Duration.ofMillis(200);

        public String getDlqTopic() { return dlqTopic; }
        public void setDlqTopic(String dlqTopic) { this.dlqTopic = dlqTopic; }
        public int getRetries() { return retries; }
        public void setRetries(int retries) { this.retries = retries; }
        public Duration getRetryInterval() { return retryInterval; }
        public void setRetryInterval(Duration retryInterval) { this.retryInterval = retryInterval; }
    }
}
