package id.newsroom.article.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything the article-service reads from configuration under {@code article.*}. */
@ConfigurationProperties("article")
public class ArticleProperties {

    /** The newsroom sections; articles must use one of these slugs. */
    private List<Category> categories = new ArrayList<>();
    private final Limits limits = new Limits();
    private final Outbox outbox = new Outbox();
    private final Schedule schedule = new Schedule();
    private final Cors cors = new Cors();

    public List<Category> getCategories() {
        return categories;
    }

    public void setCategories(List<Category> categories) {
        this.categories = categories;
    }

    public Limits getLimits() {
        return limits;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Cors getCors() {
        return cors;
    }

    public static class Category {
        private String slug;
        private String name;

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Limits {
        /** Largest accepted article body (HTML, UTF-8 bytes). */
        private int bodyMaxBytes = 200 * 1024;
        /** Largest accepted request entity; larger requests get 413 before they are read. */
        private int requestMaxBytes = 320 * 1024;

        public int getBodyMaxBytes() {
            return bodyMaxBytes;
        }

        public void setBodyMaxBytes(int bodyMaxBytes) {
            this.bodyMaxBytes = bodyMaxBytes;
        }

        public int getRequestMaxBytes() {
            return requestMaxBytes;
        }

        public void setRequestMaxBytes(int requestMaxBytes) {
            this.requestMaxBytes = requestMaxBytes;
        }
    }

    public static class Outbox {
        private String topic = "news.articles.v1";
        private String source = "/article-service";
        private boolean enabled = true;
        /** How often the relay looks for pending events when nobody woke it up. */
        private Duration pollInterval = Duration.ofMillis(500);
        /** Articles whose next event one pass sends; larger passes spread Kafka's and MongoDB's round trips (imports). */
        private int batchSize = 500;
        /** Producer delivery.timeout.ms: how long one send may wait for Kafka before it counts as failed. */
        private Duration deliveryTimeout = Duration.ofSeconds(30);
        private Duration maxBackoff = Duration.ofSeconds(10);
        /** Only the instance holding this lease relays, so events of one article never race each other. */
        private Duration lease = Duration.ofSeconds(60);

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getDeliveryTimeout() {
            return deliveryTimeout;
        }

        public void setDeliveryTimeout(Duration deliveryTimeout) {
            this.deliveryTimeout = deliveryTimeout;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }
    }

    public static class Schedule {
        private boolean enabled = true;
        /** How often due scheduled articles are looked for; bounds the publication delay. */
        private Duration pollInterval = Duration.ofMillis(500);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }
    }

    public static class Cors {
        /** Browser origins allowed to call the API; empty means no cross-origin access. */
        private List<String> allowedOrigins = new ArrayList<>();

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }
    }
}
