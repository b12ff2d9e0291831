package id.newsroom.defaults.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * How an operator sees one dead-lettered record. The {@code kafka_dlt-*} headers are Spring Kafka's: its
 * DeadLetterPublishingRecoverer writes the original partition and offset as big-endian binary numbers, other
 * publishers as decimal text; both are read.
 */
public final class DeadLetter {

    static final String PREFIX = "kafka_dlt-";
    static final String ORIGINAL_TOPIC = PREFIX + "original-topic";
    static final String ORIGINAL_PARTITION = PREFIX + "original-partition";
    static final String ORIGINAL_OFFSET = PREFIX + "original-offset";
    static final String EXCEPTION_MESSAGE = PREFIX + "exception-message";
    static final String EXCEPTION_CAUSE = PREFIX + "exception-cause-fqcn";

    private DeadLetter() {}

    /** {@code partition-offset}: how the endpoint names a record. */
    public static String id(ConsumerRecord<?, ?> r) {
        return r.partition() + "-" + r.offset();
    }

    public static Map<String, Object> summary(ConsumerRecord<byte[], byte[]> r, boolean replayed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id(r));
        m.put("partition", r.partition());
        m.put("offset", r.offset());
        m.put("timestamp", Instant.ofEpochMilli(r.timestamp()).toString());
        m.put("key", r.key() == null ? null : text(r.key()));
        m.put("reason", headerText(r, EXCEPTION_MESSAGE));
        m.put("originalTopic", headerText(r, ORIGINAL_TOPIC));
        m.put("originalPartition", number(r, ORIGINAL_PARTITION));
        m.put("originalOffset", number(r, ORIGINAL_OFFSET));
        m.put("replayed", replayed);
        return m;
    }

    public static Map<String, Object> detail(ConsumerRecord<byte[], byte[]> r, boolean replayed) {
        Map<String, Object> m = summary(r, replayed);
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.key().equals(ORIGINAL_PARTITION) || h.key().equals(ORIGINAL_OFFSET)
                    || h.key().equals(PREFIX + "original-timestamp") ? number(h.value()) : text(h.value()));
        }
        m.put("headers", headers);
        m.put("payload", r.value() == null ? null : text(r.value()));
        return m;
    }

    static String headerText(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : text(h.value());
    }

    static Long number(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : number(h.value());
    }

    static Long number(byte[] v) {
        if (v == null || v.length == 0) {
            return null;
        }
        boolean digits = true;
        for (byte b : v) {
            digits &= (b >= '0' && b <= '9') || b == '-';
        }
        if (digits) {
            return Long.parseLong(new String(v, StandardCharsets.US_ASCII));
        }
        return switch (v.length) {
            case 4 -> (long) ByteBuffer.wrap(v).getInt();
            case 8 -> ByteBuffer.wrap(v).getLong();
            default -> null;
        };
    }

    /** UTF-8 text when it is text, else {@code base64:...} (a poison record may be any bytes). */
    static String text(byte[] v) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(v)).toString();
        } catch (CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(v);
        }
    }
}
