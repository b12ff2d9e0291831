package id.newsroom.search.indexing;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Continues the trace of the write that produced an event (its W3C {@code traceparent} header), so indexing logs
 * carry the same trace id as article-service's and feed-service's. Not the container's own observation: for a batch
 * listener, Spring Kafka 4.0 opens and closes one observation per record before the listener runs, so the listener's
 * log lines would carry no trace id; this opens the span around each record's work instead.
 */
public interface RecordTracing {

    RecordTracing NONE = new RecordTracing() {
        @Override
        public <T> T around(ConsumerRecord<byte[], byte[]> record, Supplier<T> work) {
            return work.get();
        }
    };

    <T> T around(ConsumerRecord<byte[], byte[]> record, Supplier<T> work);

    static RecordTracing of(Tracer tracer, Propagator propagator) {
        if (tracer == null || propagator == null) {
            return NONE;
        }
        Propagator.Getter<Headers> getter = (headers, key) -> {
            Header header = headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        };
        return new RecordTracing() {
            @Override
            public <T> T around(ConsumerRecord<byte[], byte[]> record, Supplier<T> work) {
                Span span = propagator.extract(record.headers(), getter)
                        .name("index " + record.topic())
                        .kind(Span.Kind.CONSUMER)
                        .tag("messaging.kafka.partition", Integer.toString(record.partition()))
                        .tag("messaging.kafka.offset", Long.toString(record.offset()))
                        .start();
                try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
                    return work.get();
                } catch (RuntimeException e) {
                    span.error(e);
                    throw e;
                } finally {
                    span.end();
                }
            }
        };
    }
}
