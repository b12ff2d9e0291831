package id.newsroom.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Turns one record into its effect on a generation: applied, stale or duplicate. A record that breaks the contract
 * raises {@link PoisonEventException} (the listener's error handler dead-letters it); a failure of the index itself
 * raises anything else, which the error handler retries until the index works again.
 */
public final class EventApplier {

    private final ArticleEventReader reader = new ArticleEventReader();
    private final IndexMetrics metrics; // null: not counted (rebuilds)

    public EventApplier(IndexMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * @return the event's {@code ce_time} when the change must be measured for freshness once searchable, else null
     * @throws PoisonEventException when the record can never be indexed as it is
     * @throws UncheckedIOException when the index failed (nothing was applied; try again later)
     */
    public Instant apply(IndexGeneration generation, ConsumerRecord<byte[], byte[]> record) {
        // No value (a tombstone) is poison like any other record the schema rejects: article-service never writes one.
        ArticleEvent event = reader.read(record.value());
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (key != null && !key.equals(event.articleId())) {
            throw new PoisonEventException("key " + key + " differs from articleId " + event.articleId());
        }
        IndexGeneration.Outcome outcome;
        try {
            outcome = generation.apply(event);
        } catch (IllegalArgumentException e) {
            // Lucene refuses the document itself (an immense term, say): the same event would fail every time.
            throw new PoisonEventException("the index refuses the document: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing article " + event.articleId() + " failed", e);
        }
        if (metrics != null) {
            metrics.event(outcome);
        }
        return outcome == IndexGeneration.Outcome.APPLIED ? ceTime(record) : null;
    }

    private static Instant ceTime(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader("ce_time");
        if (header == null) {
            return null;
        }
        try {
            return ArticleEventReader.parseInstant(new String(header.value(), StandardCharsets.UTF_8), "ce_time");
        } catch (PoisonEventException e) {
            return null; // a bad clock header is not worth losing the event for
        }
    }
}
