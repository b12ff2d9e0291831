package id.newsroom.search.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything the search service can be tuned with, under {@code search.*}. */
@ConfigurationProperties("search")
public class SearchProperties {

    private final Index index = new Index();
    private final Consumer consumer = new Consumer();
    private final Synonyms synonyms = new Synonyms();
    private final Query query = new Query();

    public Index getIndex() {
        return index;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public Synonyms getSynonyms() {
        return synonyms;
    }

    public Query getQuery() {
        return query;
    }

    public static class Index {
        /** Folder holding the index generations and the pointer to the live one. */
        private Path path = Path.of("data/search-index");
        /** How often applied changes are made durable together with their offsets (a crash replays at most this). */
        private Duration commitInterval = Duration.ofSeconds(1);
        /** Smallest pause between two near-real-time refreshes while events keep coming. */
        private Duration refreshInterval = Duration.ofMillis(100);
        /** Lucene's indexing RAM buffer. */
        private double ramBufferMb = 48;

        public Path getPath() {
            return path;
        }

        public void setPath(Path path) {
            this.path = path;
        }

        public Duration getCommitInterval() {
            return commitInterval;
        }

        public void setCommitInterval(Duration commitInterval) {
            this.commitInterval = commitInterval;
        }

        public Duration getRefreshInterval() {
            return refreshInterval;
        }

        public void setRefreshInterval(Duration refreshInterval) {
            this.refreshInterval = refreshInterval;
        }

        public double getRamBufferMb() {
            return ramBufferMb;
        }

        public void setRamBufferMb(double ramBufferMb) {
            this.ramBufferMb = ramBufferMb;
        }
    }

    public static class Consumer {
        private String topic = "news.articles.v1";
        private String deadLetterTopic = "news.articles.v1.dlq.search-service";
        /** Consumer group the offsets are also reported to (for lag dashboards); the truth is the Lucene commit. */
        private String group = "search-service";
        /** Readiness holds while the index is more than this many records behind the topic. */
        private long readinessMaxLag = 100;
        /** Attempts for a record whose indexing fails unexpectedly before it goes to the dead-letter topic. */
        private int maxAttempts = 3;
        private int maxPollRecords = 500;

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getDeadLetterTopic() {
            return deadLetterTopic;
        }

        public void setDeadLetterTopic(String deadLetterTopic) {
            this.deadLetterTopic = deadLetterTopic;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public long getReadinessMaxLag() {
            return readinessMaxLag;
        }

        public void setReadinessMaxLag(long readinessMaxLag) {
            this.readinessMaxLag = readinessMaxLag;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public int getMaxPollRecords() {
            return maxPollRecords;
        }

        public void setMaxPollRecords(int maxPollRecords) {
            this.maxPollRecords = maxPollRecords;
        }
    }

    public static class Synonyms {
        /** A file to read the dictionary from instead of the bundled one; it is watched and reloaded when it changes. */
        private Path path;
        private Duration checkInterval = Duration.ofSeconds(5);

        public Path getPath() {
            return path;
        }

        public void setPath(Path path) {
            this.path = path;
        }

        public Duration getCheckInterval() {
            return checkInterval;
        }

        public void setCheckInterval(Duration checkInterval) {
            this.checkInterval = checkInterval;
        }
    }

    public static class Query {
        /** Longest accepted {@code q}, in characters. */
        private int maxLength = 200;
        /** Most words, phrases and exclusions one query may have. */
        private int maxTerms = 12;
        private int maxSize = 50;
        /** Deepest result reachable by paging (page * size). */
        private int maxDepth = 1000;
        /** Answers kept for repeated searches until the index or the dictionary changes; 0 turns it off. */
        private int cacheSize = 2000;
        /** Stored fields of recently shown hits kept in memory (each up to about 20 KB); 0 turns it off. */
        private int documentCacheSize = 10000;
        /** Weight of recency in relevance ranking: a fresh article scores up to (1 + weight) times an old one. */
        private double recencyWeight = 0.3;
        /** Age at which the recency bonus has halved. */
        private Duration recencyHalfLife = Duration.ofDays(30);
        /** Matches counted exactly; beyond, the total is a lower bound ("gte") and ranking may skip weak matches. */
        private int exactTotalUpTo = 1000;
        /** Partial matches (most but not all words) follow the full ones when there are fewer full ones than this. */
        private int partialBelow = 20;

        public int getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(int maxLength) {
            this.maxLength = maxLength;
        }

        public int getMaxTerms() {
            return maxTerms;
        }

        public void setMaxTerms(int maxTerms) {
            this.maxTerms = maxTerms;
        }

        public int getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(int maxSize) {
            this.maxSize = maxSize;
        }

        public int getMaxDepth() {
            return maxDepth;
        }

        public void setMaxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        public int getCacheSize() {
            return cacheSize;
        }

        public void setCacheSize(int cacheSize) {
            this.cacheSize = cacheSize;
        }

        public int getDocumentCacheSize() {
            return documentCacheSize;
        }

        public void setDocumentCacheSize(int documentCacheSize) {
            this.documentCacheSize = documentCacheSize;
        }

        public double getRecencyWeight() {
            return recencyWeight;
        }

        public void setRecencyWeight(double recencyWeight) {
            this.recencyWeight = recencyWeight;
        }

        public Duration getRecencyHalfLife() {
            return recencyHalfLife;
        }

        public void setRecencyHalfLife(Duration recencyHalfLife) {
            this.recencyHalfLife = recencyHalfLife;
        }

        public int getExactTotalUpTo() {
            return exactTotalUpTo;
        }

        public void setExactTotalUpTo(int exactTotalUpTo) {
            this.exactTotalUpTo = exactTotalUpTo;
        }

        public int getPartialBelow() {
            return partialBelow;
        }

        public void setPartialBelow(int partialBelow) {
            this.partialBelow = partialBelow;
        }
    }
}
