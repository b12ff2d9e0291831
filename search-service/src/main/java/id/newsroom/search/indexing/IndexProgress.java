package id.newsroom.search.indexing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live index's housekeeping after every poll, on the consumer thread: refreshes the searcher within
 * {@code refreshInterval} (at once when the topic is drained), commits documents together with their offsets every
 * {@code commitInterval}, and keeps the lag that readiness and the lag gauge read.
 */
final class IndexProgress {

    private static final Logger log = LoggerFactory.getLogger(IndexProgress.class);
    private static final Duration LAG_CHECK = Duration.ofSeconds(2);

    private final IndexMetrics metrics;
    private final String topic;
    private final Duration refreshInterval;
    private final Duration commitInterval;
    private final List<Instant> awaitingVisibility = new ArrayList<>();
    private volatile long lag = -1;
    private volatile boolean caughtUp;
    private volatile Instant lastPoll;
    private long lastRefresh = System.nanoTime();
    private long lastIdleRefresh = System.nanoTime();
    private long lastCommit = System.nanoTime();
    private long lastLagCheck;
    private boolean refreshPending;

    IndexProgress(IndexMetrics metrics, String topic, Duration refreshInterval, Duration commitInterval) {
        this.metrics = metrics;
        this.topic = topic;
        this.refreshInterval = refreshInterval;
        this.commitInterval = commitInterval;
    }

    /** One record is in the generation (not yet searchable); {@code ceTime} non-null when its freshness counts. */
    void consumed(Instant ceTime) {
        refreshPending = true;
        if (ceTime != null) {
            awaitingVisibility.add(ceTime);
        }
    }

    /** A new generation went live: what was waiting belonged to the old one. */
    void swapped() {
        awaitingVisibility.clear();
        refreshPending = false;
    }

    void afterPoll(Consumer<?, ?> kafka, IndexGeneration generation, int polled) {
        lastPoll = Instant.now();
        long now = System.nanoTime();
        try {
            // Refresh as soon as the topic is drained; under a steady stream at most every refreshInterval.
            if (refreshPending && (polled == 0 || now - lastRefresh >= refreshInterval.toNanos())) {
                generation.refresh();
                lastRefresh = now;
                refreshPending = false;
                Instant visible = Instant.now();
                for (Instant ceTime : awaitingVisibility) {
                    metrics.freshness(Duration.between(ceTime, visible));
                }
                awaitingVisibility.clear();
            }
            if (generation.isDirty() && now - lastCommit >= commitInterval.toNanos()) {
                generation.commit();
                lastCommit = now;
                reportToGroup(kafka, topic, generation.committedOffsets());
            }
        } catch (IOException e) {
            log.error("Index refresh or commit failed; will try again", e);
        }
        if (polled == 0 || now - lastLagCheck >= LAG_CHECK.toNanos()) {
            boolean wasCaughtUp = caughtUp;
            updateLag(kafka, now);
            if (caughtUp && !wasCaughtUp) {
                // The topic read from the start (or the backlog since the last run) leaves many segments; every
                // search pays per segment, so merge them in the background (IndexRebuild merges before its swap).
                generation.mergeInBackground();
            }
            if (polled == 0 && !refreshPending && now - lastIdleRefresh >= LAG_CHECK.toNanos()) {
                refreshIdle(generation, now); // shows a finished background merge while no events come
            }
        }
    }

    private void refreshIdle(IndexGeneration generation, long now) {
        try {
            generation.refresh(); // nothing to reopen is a cheap check
            lastIdleRefresh = now; // not lastRefresh: the next change must not wait for its interval
        } catch (IOException e) {
            log.warn("Index refresh failed; will try again", e);
        }
    }

    private void updateLag(Consumer<?, ?> kafka, long now) {
        Collection<TopicPartition> assigned = kafka.assignment();
        long total = 0;
        boolean known = true;
        for (TopicPartition partition : assigned) {
            OptionalLong partitionLag = kafka.currentLag(partition);
            if (partitionLag.isEmpty()) {
                known = false;
                break;
            }
            total += partitionLag.getAsLong();
        }
        if (!known || now - lastLagCheck >= LAG_CHECK.toNanos()) {
            try {
                Map<TopicPartition, Long> ends = kafka.endOffsets(assigned, Duration.ofSeconds(2));
                total = 0;
                for (TopicPartition partition : assigned) {
                    total += Math.max(0,
                            ends.getOrDefault(partition, 0L) - kafka.position(partition, Duration.ofSeconds(2)));
                }
                known = true;
            } catch (KafkaException e) {
                known = false; // broker away: keep the last known lag
            }
            lastLagCheck = now;
        }
        if (known) {
            lag = total;
            if (total == 0 && !refreshPending) {
                caughtUp = true;
            }
        }
    }

    /** Offsets reported to the consumer group for lag dashboards only; the truth is the Lucene commit. */
    private static void reportToGroup(Consumer<?, ?> kafka, String topic, Map<Integer, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        offsets.forEach(
                (partition, offset) -> commit.put(new TopicPartition(topic, partition), new OffsetAndMetadata(offset)));
        if (!commit.isEmpty()) {
            kafka.commitAsync(commit, (result, error) -> {
                if (error != null) {
                    log.debug("Reporting offsets to the consumer group failed: {}", error.toString());
                }
            });
        }
    }

    long lag() {
        return lag;
    }

    boolean caughtUp() {
        return caughtUp;
    }

    Instant lastPoll() {
        return lastPoll;
    }
}
