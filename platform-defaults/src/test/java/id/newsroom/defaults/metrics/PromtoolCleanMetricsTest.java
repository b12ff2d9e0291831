package id.newsroom.defaults.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class PromtoolCleanMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    PromtoolCleanMetricsTest() {
        registry.config().meterFilter(new PromtoolCleanMetrics());
    }

    @Test
    void namesPromtoolRejectsAreLeftOutAndTheRestGetHelpText() {
        Counter.builder("spring.security.filterchains.LoginThrottle.before").register(registry).increment();
        Counter.builder("kafka.consumer.fetch.latency.ms").register(registry).increment();
        Counter.builder("news.outbox.published.events").register(registry).increment();

        assertThat(registry.getMeters()).extracting(m -> m.getId().getName())
                .containsExactly("news.outbox.published.events");
        assertThat(registry.getMeters().get(0).getId().getDescription()).isEqualTo("news outbox published events");
    }
}
