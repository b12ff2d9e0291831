package id.newsroom.defaults.deadletter;

import java.util.Collection;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * What was replayed from one partition of the dead-letter topic, kept as the replay group's committed offset: every
 * offset below it is done, and the metadata string lists done offsets above it (records replayed out of order,
 * selected by id). Kafka keeps it like any consumer group's progress, so every instance sees the same ledger.
 */
final class ReplayLedger {

    /** Kafka's default offset.metadata.max.bytes is 4096. */
    static final int MAX_METADATA = 4000;

    private final long beginning;
    private long watermark;
    private final TreeSet<Long> above = new TreeSet<>();

    ReplayLedger(OffsetAndMetadata committed, long beginning) {
        this.beginning = beginning;
        watermark = committed == null ? beginning : Math.max(committed.offset(), beginning);
        if (committed != null && committed.metadata() != null && !committed.metadata().isBlank()) {
            for (String offset : committed.metadata().split(",")) {
                long o = Long.parseLong(offset.trim());
                if (o >= watermark) {
                    above.add(o);
                }
            }
        }
        advance();
    }

    boolean done(long offset) {
        return offset < watermark || above.contains(offset);
    }

    /** The first offset the topic still holds. */
    long beginning() {
        return beginning;
    }

    long watermark() {
        return watermark;
    }

    void markDone(Collection<Long> offsets) {
        for (long o : offsets) {
            if (o >= watermark) {
                above.add(o);
            }
        }
        advance();
    }

    /** Everything up to {@code end} (exclusive) is done: a replay of all. */
    void markAllBefore(long end) {
        watermark = Math.max(watermark, end);
        above.headSet(watermark).clear();
        advance();
    }

    /** How many records below {@code end} (the partition's end offset) are not replayed yet. */
    long waitingBefore(long end) {
        return Math.max(0, end - watermark) - above.subSet(watermark, end).size();
    }

    OffsetAndMetadata toCommit() {
        StringBuilder metadata = new StringBuilder();
        for (long o : above) {
            metadata.append(metadata.isEmpty() ? "" : ",").append(o);
        }
        if (metadata.length() > MAX_METADATA) {
            throw new IllegalStateException("Too many records replayed out of order; replay all instead");
        }
        return new OffsetAndMetadata(watermark, metadata.toString());
    }

    private void advance() {
        while (above.remove(watermark)) {
            watermark++;
        }
    }
}
