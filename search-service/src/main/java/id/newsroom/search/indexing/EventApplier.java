package id.newsroom.search.indexing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one record into its effect on a generation: applied, stale, duplicate, or dead-lettered. A record that breaks
 * the contract goes to the dead-letter topic at once (reading it again cannot help); one whose indexing fails
 * unexpectedly is retried a bounded number of times first.
 */
public final class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final ArticleEventReader reader = new ArticleEventReader();
    private final DeadLetterPublisher deadLetters; // null: a rebuild, which must not dead-letter twice
    private final IndexMetrics metrics;           // null: not counted (rebuilds)
    private final int maxAttempts;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public EventApplier(DeadLetterPublisher deadLetters, IndexMetrics metrics, int maxAttempts) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.maxAttempts = maxAttempts;
    }

    /**
     * @return the event's {@code ce_time} when the change must be measured for freshness once searchable, else null
     * @throws RetryLaterException when the record must be tried again later (nothing was consumed)
     */
    public Instant apply(IndexGeneration generation, ConsumerRecord<byte[], byte[]> record) {
        ArticleEvent event;
        try {
            event = record.value() == null ? tombstone(record) : reader.read(record.value());
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            if (key != null && !key.equals(event.articleId())) {
                throw new PoisonMessageException("key " + key + " differs from articleId " + event.articleId());
            }
        } catch (PoisonMessageException e) {
            deadLetter(record, e.getMessage());
            return null;
        }
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            IndexGeneration.Outcome outcome = generation.apply(event);
            failures.remove(position);
            if (metrics != null) {
                metrics.event(outcome);
            }
            return outcome == IndexGeneration.Outcome.APPLIED ? ceTime(record) : null;
        } catch (IOException | RuntimeException e) {
            int attempts = failures.merge(position, 1, Integer::sum);
            if (attempts < maxAttempts) {
                throw new RetryLaterException("indexing " + position + " failed (attempt " + attempts + ")", e);
            }
            failures.remove(position);
            deadLetter(record, "indexing failed " + attempts + " times: " + e);
            return null;
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
        if (deadLetters != null) {
            deadLetters.send(record, reason);
        }
        if (metrics != null) {
            metrics.event(IndexMetrics.EventOutcome.DEAD_LETTERED);
        }
    }

    /** A Kafka tombstone (null value) on the compacted topic: the article is gone for good. */
    private static ArticleEvent tombstone(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            throw new PoisonMessageException("record without key or value");
        }
        return new ArticleEvent(new String(record.key(), StandardCharsets.UTF_8), Long.MAX_VALUE, "DELETED",
                null, null, null, null, null, null, List.of(), null, null, null, null);
    }

    private static Instant ceTime(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader("ce_time");
        if (header == null) {
            return null;
        }
        try {
            return ArticleEventReader.parseInstant(new String(header.value(), StandardCharsets.UTF_8), "ce_time");
        } catch (PoisonMessageException e) {
            return null; // a bad clock header is not worth losing the event for
        }
    }
}
