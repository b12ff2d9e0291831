package id.newsroom.search.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Everything the search service can be tuned with, under {@code search.*}, with its defaults (written here only). */
@ConfigurationProperties("search")
public record SearchProperties(
        @DefaultValue Index index,
        @DefaultValue Consumer consumer,
        @DefaultValue Synonyms synonyms,
        @DefaultValue Query query,
        @DefaultValue Related related) {

    /**
     * The Lucene index on local disk.
     *
     * @param path            folder holding the index generations and the pointer to the live one
     * @param commitInterval  how often applied changes are made durable with their offsets (a crash replays at most this)
     * @param refreshInterval smallest pause between two near-real-time refreshes while events keep coming
     * @param ramBufferMb     Lucene's indexing RAM buffer
     */
    public record Index(
            @DefaultValue("data/search-index") Path path,
            @DefaultValue("1s") Duration commitInterval,
            @DefaultValue("100ms") Duration refreshInterval,
            @DefaultValue("48") double ramBufferMb) {}

    /**
     * The consumer of article events.
     *
     * @param group           consumer group the offsets are also reported to (for lag dashboards); the truth is the
     *                        Lucene commit
     * @param readinessMaxLag readiness holds while the index is more than this many records behind the topic
     * @param maxAttempts     tries of a poison record before it is dead-lettered (1: a record that cannot be read
     *                        fails the same way every time; retrying only holds its partition back)
     */
    public record Consumer(
            @DefaultValue("news.articles.v1") String topic,
            @DefaultValue("news.articles.v1.dlq.search-service") String deadLetterTopic,
            @DefaultValue("search-service") String group,
            @DefaultValue("100") long readinessMaxLag,
            @DefaultValue("1") int maxAttempts,
            @DefaultValue("500") int maxPollRecords) {}

    /**
     * The synonym dictionary.
     *
     * @param path          a file to read the dictionary from instead of the bundled one; watched and reloaded
     * @param checkInterval how often that file is checked for changes
     */
    public record Synonyms(
            Path path,
            @DefaultValue("5s") Duration checkInterval) {}

    /**
     * Limits and ranking of queries.
     *
     * @param maxLength         longest accepted {@code q}, in characters
     * @param maxTerms          most words, phrases and exclusions one query may have
     * @param maxSize           largest page size
     * @param maxDepth          deepest result reachable by paging (page * size)
     * @param cacheSize         answers kept for repeated searches; 0 turns it off
     * @param cacheRevalidation a kept answer survives a refresh that changed no story it shows or counts (checked
     *                          against the stories the refresh changed); false: every refresh recomputes it (the rule
     *                          until 2026-12). A full reindex or a dictionary reload always empties the cache
     * @param documentCacheSize stored fields of recently shown hits kept in memory (each up to ~20 KB); 0 turns it off
     * @param recencyWeight     weight of recency in ranking: a fresh article scores up to (1 + weight) times an old one
     * @param recencyHalfLife   age at which the recency bonus has halved
     * @param exactTotalUpTo    matches counted exactly; beyond, the total is a lower bound ("gte") and ranking may skip
     *                          weak matches
     * @param partialBelow      a query with fewer hits than this also matches documents that have most of its words
     * @param maxRankedMatches  most matches ranked per query (shared among the index's segments by size): when more
     *                          match, the newest this many are ranked (the index is sorted newest first) and the total
     *                          is a lower bound; bounds the cost of words that nearly every story holds
     * @param denseWordMemory   heap kept for the unpacked postings of words that at least one story in 16 holds, per
     *                          large segment (a bit and a byte per story and word): their searches score from arrays;
     *                          0 turns it off
     */
    public record Query(
            @DefaultValue("200") int maxLength,
            @DefaultValue("12") int maxTerms,
            @DefaultValue("50") int maxSize,
            @DefaultValue("1000") int maxDepth,
            @DefaultValue("5000") int cacheSize,
            @DefaultValue("true") boolean cacheRevalidation,
            @DefaultValue("10000") int documentCacheSize,
            @DefaultValue("0.3") double recencyWeight,
            @DefaultValue("30d") Duration recencyHalfLife,
            @DefaultValue("1000") int exactTotalUpTo,
            @DefaultValue("20") int partialBelow,
            @DefaultValue("5000") int maxRankedMatches,
            @DefaultValue("64MB") DataSize denseWordMemory) {}

    /**
     * "More like this" answers, kept per article ({@code GET /api/search/related/{id}} is asked by every article page).
     *
     * @param cacheSize articles whose related ids and scores are kept (about 300 bytes each); 0 turns it off
     * @param maxAge    how long a kept answer holds: stories published since then join after at most this
     */
    public record Related(
            @DefaultValue("20000") int cacheSize,
            @DefaultValue("10m") Duration maxAge) {}
}
