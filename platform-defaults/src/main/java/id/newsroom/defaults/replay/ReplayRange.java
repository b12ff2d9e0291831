package id.newsroom.defaults.replay;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link BoundedReplay} reads: one topic, every partition or some, each from the beginning or a given offset up
 * to the end offset taken when the replay starts or a given one. Offsets are clamped to what the topic holds at that
 * moment (a start below the log start begins at it, an end above the end offset stops there), so a replay never waits
 * for records that do not exist yet and never falls back on {@code auto.offset.reset}.
 *
 * @param topic      the topic to read
 * @param partitions the partitions to read; empty: every partition of the topic
 * @param from       first offset per partition; a partition not named starts at the beginning
 * @param to         end offset (exclusive) per partition; a partition not named ends at its end offset at the start
 */
public record ReplayRange(String topic, Set<Integer> partitions, Map<Integer, Long> from, Map<Integer, Long> to) {

    public ReplayRange {
        partitions = partitions == null ? Set.of() : Set.copyOf(partitions);
        from = from == null ? Map.of() : Map.copyOf(from);
        to = to == null ? Map.of() : Map.copyOf(to);
    }

    /** Every partition, from the beginning to the end offsets taken when the replay starts. */
    public static ReplayRange wholeTopic(String topic) {
        return new ReplayRange(topic, Set.of(), Map.of(), Map.of());
    }

    public ReplayRange onlyPartitions(Collection<Integer> only) {
        return new ReplayRange(topic, Set.copyOf(only), from, to);
    }

    public ReplayRange from(Map<Integer, Long> offsets) {
        return new ReplayRange(topic, partitions, offsets, to);
    }

    public ReplayRange to(Map<Integer, Long> offsets) {
        return new ReplayRange(topic, partitions, from, offsets);
    }

    boolean includes(int partition) {
        return partitions.isEmpty() || partitions.contains(partition);
    }
}
