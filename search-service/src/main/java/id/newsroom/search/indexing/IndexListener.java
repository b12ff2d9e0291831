package id.newsroom.search.indexing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * The batch listener that feeds the live index. On assignment it seeks every partition to the offset stored in the
 * live generation's Lucene commit (or to the beginning of an empty index): the consumer group holds no offsets that
 * matter. A record that fails is named to the error handler ({@link BatchListenerFailedException}), which retries or
 * dead-letters it; the records before it stay applied. A reindexed generation is swapped in between two polls.
 */
final class IndexListener implements BatchConsumerAwareMessageListener<byte[], byte[]>, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(IndexListener.class);

    /** What a reindex hands over: the new generation, swapped in by the consumer thread between two polls. */
    private record Swap(IndexGeneration generation, CompletableFuture<Void> done) {}

    private final IndexStore store;
    private final EventApplier applier;
    private final IndexProgress progress;
    private final RecordTracing tracing;
    private volatile Swap pendingSwap;

    IndexListener(IndexStore store, EventApplier applier, IndexProgress progress, RecordTracing tracing) {
        this.store = store;
        this.applier = applier;
        this.progress = progress;
        this.tracing = tracing;
    }

    /**
     * Called for the manually assigned partitions whenever the container (re)starts: the live generation's offsets
     * are where to resume, whatever the container was given when it was built.
     */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        IndexGeneration generation = store.current();
        seek(assignments.keySet(), generation.offsets(),
                (partition, offset) -> callback.seek(partition.topic(), partition.partition(), offset),
                callback::seekToBeginning);
        log.info("Indexing {} partitions of {} into {} from offsets {}", assignments.size(), store.topic(),
                generation.name(), generation.committedOffsets());
    }

    @Override
    public void onMessage(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer) {
        if (swapIfRequested(consumer)) {
            return; // these records were read for the old generation; the seek reads what the new one needs
        }
        IndexGeneration generation = store.current();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                // One line per live event, inside the writer's trace: its trace id joins the three services' logs.
                Instant ceTime = tracing.around(record, () -> {
                    Instant applied = applier.apply(generation, record);
                    log.info("Consumed {}-{}@{} (article {}){}", record.topic(), record.partition(), record.offset(),
                            record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8),
                            applied != null ? ", indexed" : "");
                    return applied;
                });
                generation.markConsumed(record.partition(), record.offset() + 1);
                progress.consumed(ceTime);
            } catch (RuntimeException e) {
                if (!(e instanceof PoisonEventException)) { // poison is logged once, when it is dead-lettered
                    log.warn("Will retry {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                            e.toString());
                }
                progress.afterPoll(consumer, generation, records.size()); // keep what the batch applied so far
                throw new BatchListenerFailedException(e.getMessage(), e, record);
            }
        }
        progress.afterPoll(consumer, generation, records.size());
    }

    /** The container found nothing to read for a while: housekeeping (and a waiting swap) still happen. */
    void idle(Consumer<?, ?> consumer) {
        swapIfRequested(consumer);
        progress.afterPoll(consumer, store.current(), 0);
    }

    /** A dead-lettered record is consumed too: the next start must not read it again. */
    void deadLettered(ConsumerRecord<?, ?> record) {
        store.current().markConsumed(record.partition(), record.offset() + 1);
        progress.consumed(null);
    }

    /** Asks the consumer thread to make {@code generation} (fully built and committed) the live index. */
    CompletableFuture<Void> requestSwap(IndexGeneration generation) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pendingSwap = new Swap(generation, done);
        return done;
    }

    void cancelSwap(String reason) {
        Swap swap = pendingSwap;
        pendingSwap = null;
        if (swap != null) {
            swap.done().completeExceptionally(new IllegalStateException(reason));
        }
    }

    private boolean swapIfRequested(Consumer<?, ?> consumer) {
        Swap swap = pendingSwap;
        if (swap == null) {
            return false;
        }
        pendingSwap = null;
        try {
            swap.generation().refresh();
            store.activate(swap.generation());
            seek(consumer.assignment(), swap.generation().offsets(), consumer::seek,
                    (topic, partition) -> consumer.seekToBeginning(List.of(new TopicPartition(topic, partition))));
            progress.swapped();
            log.info("Swapped in index generation {} at offsets {}", swap.generation().name(),
                    swap.generation().offsets());
            swap.done().complete(null);
        } catch (Exception e) {
            swap.done().completeExceptionally(e);
        }
        return true;
    }

    private interface SeekTo {
        void seek(TopicPartition partition, long offset);
    }

    private interface SeekToBeginning {
        void seek(String topic, int partition);
    }

    private static void seek(Collection<TopicPartition> partitions, Map<Integer, Long> offsets, SeekTo seekTo,
            SeekToBeginning seekToBeginning) {
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = offsets.get(partition.partition());
            if (offset == null) {
                fromStart.add(partition);
            } else {
                seekTo.seek(partition, offset);
            }
        }
        fromStart.forEach(partition -> seekToBeginning.seek(partition.topic(), partition.partition()));
    }
}
