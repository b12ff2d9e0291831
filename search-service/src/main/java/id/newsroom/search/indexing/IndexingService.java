package id.newsroom.search.indexing;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;

import id.newsroom.search.config.SearchProperties;

/**
 * Owns the live index and the thread that feeds it; starts with the application (the index serves at once, readiness
 * waits for catch-up) and, on shutdown, stops consuming and commits before the index closes.
 */
public class IndexingService implements SmartLifecycle {

    private final IndexStore store;
    private final DeadLetterPublisher deadLetters;
    private final IndexConsumer consumer;
    private final Reindexer reindexer;
    private final IndexMetrics metrics;
    private volatile Thread thread;

    public IndexingService(SearchProperties properties, KafkaProperties kafka, MeterRegistry registry) {
        SearchProperties.Index index = properties.index();
        SearchProperties.Consumer consumerProperties = properties.consumer();
        this.store = new IndexStore(index.path(), consumerProperties.topic(), index.ramBufferMb());
        this.deadLetters = new DeadLetterPublisher(kafka.buildProducerProperties(),
                consumerProperties.deadLetterTopic());
        IndexConsumer[] holder = new IndexConsumer[1];
        this.metrics = new IndexMetrics(registry, store::current, () -> holder[0] == null ? -1L : holder[0].lag());
        Map<String, Object> kafkaConsumer = kafka.buildConsumerProperties();
        this.consumer = new IndexConsumer(kafkaConsumer, consumerProperties.group(), store,
                new EventApplier(deadLetters, metrics, consumerProperties.maxAttempts()), metrics,
                index.refreshInterval(), index.commitInterval(), consumerProperties.maxPollRecords());
        holder[0] = consumer;
        this.reindexer = new Reindexer(kafkaConsumer, store, consumer);
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(consumer, "search-indexer");
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            consumer.stop(Duration.ofSeconds(20));
            thread = null;
        }
        deadLetters.close();
        try {
            store.close();
        } catch (IOException e) {
            throw new IllegalStateException("Closing the search index failed", e);
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
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

    public Reindexer reindexer() {
        return reindexer;
    }

    public IndexMetrics metrics() {
        return metrics;
    }
}
