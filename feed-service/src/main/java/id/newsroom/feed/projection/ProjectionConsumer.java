package id.newsroom.feed.projection;

import id.newsroom.feed.readmodel.ReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream consumer of news.articles.v1 (binding projectArticles-in-0, batch mode). It applies the
 * valid events before a poison one, then names the poison record so the error handler retries it a bounded number
 * of times, dead-letters it and goes on with the rest of the batch.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConsumer {

    private final EventDecoder decoder;
    private final ProjectionWriter writer;
    private final ReadModel readModel;
    private final ProjectionMetrics metrics;
    private final ApplicationEventPublisher applied;
    private final EventTracing tracing;

    public ProjectionConsumer(EventDecoder decoder, ProjectionWriter writer, ReadModel readModel,
            ProjectionMetrics metrics, ApplicationEventPublisher applied, EventTracing tracing) {
        this.tracing = tracing;
        this.decoder = decoder;
        this.writer = writer;
        this.readModel = readModel;
        this.metrics = metrics;
        this.applied = applied;
    }

    @Bean
    public Consumer<Message<List<byte[]>>> projectArticles() {
        return this::consume;
    }

    @SuppressWarnings("unchecked")
    void consume(Message<List<byte[]>> batch) {
        List<byte[]> values = batch.getPayload();
        List<Map<String, Object>> headers = (List<Map<String, Object>>) batch.getHeaders()
                .get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<IncomingEvent> events = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> h = headers == null ? Map.of() : headers.get(i);
            try {
                events.add(decoder.decode(values.get(i), EventDecoder.text(h.get("ce_type")),
                        EventDecoder.text(h.get("ce_subject")), EventDecoder.text(h.get("ce_id")),
                        EventDecoder.text(h.get("ce_time"))).withTraceparent(EventDecoder.text(h.get("traceparent"))));
            } catch (PoisonEventException ex) {
                applyNamingTheFirst(events);
                throw new BatchListenerFailedException(ex.getMessage(), ex, i);
            }
        }
        applyNamingTheFirst(events);
    }

    /**
     * Applies the events decoded so far; a failure to write them (MongoDB away) names the batch's first record, so the
     * error handler retries from there with its back-off and still meets a later poison record as one. A failure that
     * named no record had the whole batch retried as one, and a poison record in it then failed every retry: its
     * partition stood still for good (found by the fault suite, MongoDB drill during the poison drill).
     */
    private void applyNamingTheFirst(List<IncomingEvent> events) {
        try {
            apply(events);
        } catch (RuntimeException ex) {
            throw new BatchListenerFailedException("events not applied: " + ex.getMessage(), ex, 0);
        }
    }

    void apply(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String building = readModel.buildingName();
        if (building != null) {
            // A rebuild is filling a side collection: keep it as current as the active one.
            writer.apply(events, readModel.database().getCollection(building));
        }
        ProjectionWriter.Result result = writer.apply(events, readModel.active());
        metrics.record(result, Instant.now());
        applied.publishEvent(new ArticlesApplied(result.changes(),
                !result.changes().isEmpty() || result.count(ProjectionWriter.Outcome.APPLIED) > 0));
        result.outcomes().forEach(tracing::logOutcome);
    }
}
