package id.newsroom.feed.projection;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Continues the trace of the write that produced an event (its {@code traceparent} header), so that one publish has
 * one trace id in the logs of article-service and of this service. The binder's own observation does not cover batch
 * listeners, so each applied event gets a short span here around its log line.
 */
@Component
public class EventTracing {

    private static final Logger log = LoggerFactory.getLogger(EventTracing.class);

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer.getIfAvailable();
        this.propagator = propagator.getIfAvailable();
    }

    public void logOutcome(IncomingEvent e, ProjectionWriter.Outcome outcome) {
        if (tracer == null || propagator == null || e.traceparent() == null) {
            log(e, outcome);
            return;
        }
        Span span = propagator.extract(Map.of("traceparent", e.traceparent()), Map::get)
                .name("feed projection").tag("article.id", e.data().articleId()).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            log(e, outcome);
        } finally {
            span.end();
        }
    }

    private static void log(IncomingEvent e, ProjectionWriter.Outcome outcome) {
        if (log.isInfoEnabled()) {
            log.info("{} article {} v{} ({}, {})", outcome.name().toLowerCase(), e.data().articleId(),
                    e.data().version(), e.data().change(), e.data().status());
        }
    }
}
