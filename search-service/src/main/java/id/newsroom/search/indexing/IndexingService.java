package id.newsroom.search.indexing;

import java.io.IOException;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import id.newsroom.search.config.SearchProperties;

/**
 * Owns the live index and the consumer that feeds it; starts with the application (the index serves at once, readiness
 * waits for catch-up) and, on shutdown, stops consuming and commits before the index closes.
 */
public class IndexingService implements SmartLifecycle {

    private final IndexStore store;
    private final KafkaTemplate<byte[], byte[]> deadLetters;
    private final IndexConsumer consumer;
    private final IndexRebuild rebuild;
    private final IndexMetrics metrics;
    private volatile boolean running;

    public IndexingService(SearchProperties properties, KafkaProperties kafka, MeterRegistry registry,
            RecordTracing tracing) {
        SearchProperties.Index index = properties.index();
        SearchProperties.Consumer consumerProperties = properties.consumer();
        this.store = new IndexStore(index.path(), consumerProperties.topic(), index.ramBufferMb());
        this.deadLetters = DeadLetters.template(kafka.buildProducerProperties());
        IndexConsumer[] holder = new IndexConsumer[1];
        this.metrics = new IndexMetrics(registry, store::current, () -> holder[0] == null ? -1L : holder[0].lag());
        Map<String, Object> kafkaConsumer = kafka.buildConsumerProperties();
        this.consumer = new IndexConsumer(kafkaConsumer, store, metrics, tracing, deadLetters,
                consumerProperties.deadLetterTopic(), new IndexConsumer.Settings(consumerProperties.group(),
                        consumerProperties.maxPollRecords(), index.refreshInterval(), index.commitInterval(),
                        consumerProperties.maxAttempts()));
        holder[0] = consumer;
        this.rebuild = new IndexRebuild(kafkaConsumer, store, consumer);
    }

    @Override
    public synchronized void start() {
        if (!running) {
            consumer.start();
            running = true;
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            consumer.stop();
            running = false;
        }
        deadLetters.getProducerFactory().reset(); // closes the dead-letter producer
        try {
            store.close();
        } catch (IOException e) {
            throw new IllegalStateException("Closing the search index failed", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000; // stops after the web server stopped taking queries
    }

    public IndexStore store() {
        return store;
    }

    public IndexConsumer consumer() {
        return consumer;
    }

    public IndexRebuild rebuild() {
        return rebuild;
    }

    public IndexMetrics metrics() {
        return metrics;
    }
}
