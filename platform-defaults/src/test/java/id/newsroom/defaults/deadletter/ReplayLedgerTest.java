package id.newsroom.defaults.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;

/** The replay ledger: a watermark plus the offsets done above it, as committed offset and metadata. */
class ReplayLedgerTest {

    @Test
    void recordsOutOfOrderReplaysAndFoldsThemIntoTheWatermark() {
        ReplayLedger ledger = new ReplayLedger(null, 3);
        assertThat(ledger.done(2)).isTrue(); // below the topic's beginning: gone, nothing to replay
        assertThat(ledger.done(3)).isFalse();
        ledger.markDone(List.of(5L, 6L));
        assertThat(ledger.toCommit()).isEqualTo(new OffsetAndMetadata(3, "5,6"));
        ledger.markDone(List.of(3L, 4L));
        assertThat(ledger.toCommit()).isEqualTo(new OffsetAndMetadata(7, ""));
    }

    @Test
    void readsWhatWasCommitted() {
        ReplayLedger ledger = new ReplayLedger(new OffsetAndMetadata(10, "12,15"), 0);
        assertThat(ledger.done(9)).isTrue();
        assertThat(ledger.done(10)).isFalse();
        assertThat(ledger.done(12)).isTrue();
        assertThat(ledger.done(13)).isFalse();
        ledger.markAllBefore(14);
        assertThat(ledger.toCommit()).isEqualTo(new OffsetAndMetadata(14, "15"));
    }

    @Test
    void countsWhatWaitsFromOffsetsAlone() {
        ReplayLedger ledger = new ReplayLedger(new OffsetAndMetadata(10, "12,15"), 0);
        assertThat(ledger.waitingBefore(10)).isZero();
        assertThat(ledger.waitingBefore(13)).isEqualTo(2); // 10 and 11; 12 was replayed by id
        assertThat(ledger.waitingBefore(20)).isEqualTo(8); // 10..19 but 12 and 15
        ledger.markAllBefore(20);
        assertThat(ledger.waitingBefore(20)).isZero();
    }

    @Test
    void parsesBothEncodingsOfTheOriginalPosition() {
        assertThat(DeadLetter.number("42".getBytes())).isEqualTo(42L);
        assertThat(DeadLetter.number(java.nio.ByteBuffer.allocate(4).putInt(2).array())).isEqualTo(2L);
        assertThat(DeadLetter.number(java.nio.ByteBuffer.allocate(8).putLong(123456789L).array()))
                .isEqualTo(123456789L);
        assertThat(DeadLetter.text(new byte[]{(byte) 0xff, 0x00})).startsWith("base64:");
    }
}
