package id.newsroom.article.outbox;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import id.newsroom.article.config.ArticleProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** What the relay sends and how: its producer's settings, and each event as a CloudEvents record (binary mode). */
final class RelayRecords {

    private RelayRecords() {}

    static Map<String, Object> producerConfig(ArticleProperties.Outbox config, String bootstrapServers) {
        int delivery = (int) config.deliveryTimeout().toMillis();
        return Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "article-service-outbox"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5), // idempotence keeps order at <= 5
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, delivery - 10)),
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
                Map.entry(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000),
                Map.entry(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 1_000));
    }

    static ProducerRecord<String, byte[]> record(ArticleProperties.Outbox config, PendingEvent e) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", e.id());
        header(headers, "ce_source", config.source());
        header(headers, "ce_type", e.type());
        header(headers, "ce_subject", e.subject());
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(e.time()));
        header(headers, "content-type", "application/json");
        // The editor's trace context, stored with the event at commit. Not the template's observation: the relay
        // sends later, on its own thread, where the template would start a new trace for every event.
        if (e.traceparent() != null) {
            header(headers, "traceparent", e.traceparent());
        }
        return new ProducerRecord<>(config.topic(), null, e.subject(), e.payload().getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
