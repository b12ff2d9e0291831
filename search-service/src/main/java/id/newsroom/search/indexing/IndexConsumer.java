package id.newsroom.search.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.TopicPartitionOffset;

/**
 * The live indexer: a Spring for Apache Kafka listener container over every partition of the topic (each replica
 * keeps a full index, so partitions are assigned, not shared in a group), with {@link IndexListener} seeking to the
 * offsets in the Lucene commit and {@link DeadLetters} handling failures. Nothing is ever committed to the consumer
 * group as the position to resume from.
 */
public final class IndexConsumer {

    private static final Logger log = LoggerFactory.getLogger(IndexConsumer.class);
    private static final Duration SHUTDOWN = Duration.ofSeconds(20);

    /** How the indexer polls, refreshes and commits. */
    public record Settings(String group, int maxPollRecords, Duration refreshInterval, Duration commitInterval,
            int poisonAttempts) {}

    private final ConsumerFactory<byte[], byte[]> consumers;
    private final IndexStore store;
    private final IndexProgress progress;
    private final IndexListener listener;
    private final KafkaTemplate<byte[], byte[]> deadLetterTemplate;
    private final String deadLetterTopic;
    private final IndexMetrics metrics;
    private final RecordTracing tracing;
    private final Settings settings;
    private volatile boolean running;
    private volatile boolean commitOnStop = true;
    private volatile Thread starter;
    private volatile ConcurrentMessageListenerContainer<byte[], byte[]> container;

    /**
     * @param deadLetterTemplate null to drop poison without publishing it (tests of the offsets alone)
     */
    public IndexConsumer(Map<String, Object> kafkaConsumerProperties, IndexStore store, IndexMetrics metrics,
            RecordTracing tracing, KafkaTemplate<byte[], byte[]> deadLetterTemplate, String deadLetterTopic,
            Settings settings) {
        this.consumers = new DefaultKafkaConsumerFactory<>(consumerProperties(kafkaConsumerProperties, settings));
        this.store = store;
        this.metrics = metrics;
        this.tracing = tracing;
        this.deadLetterTemplate = deadLetterTemplate;
        this.deadLetterTopic = deadLetterTopic;
        this.settings = settings;
        this.progress = new IndexProgress(metrics, store.topic(), settings.refreshInterval(),
                settings.commitInterval());
        this.listener = new IndexListener(store, new EventApplier(metrics), progress, tracing);
    }

    private static Map<String, Object> consumerProperties(Map<String, Object> base, Settings settings) {
        Map<String, Object> props = new HashMap<>(base);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group()); // lag reporting only
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        // A fetch returns as soon as a record arrives; the wait only sets how often an idle indexer asks the broker.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1000);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Reading must never create the topic (with broker defaults instead of compacted partitions).
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // A stored offset the topic no longer has: read again from the start (versions make that harmless).
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "search-service-indexer");
        return props;
    }

    /** Starts consuming once the topic's partitions are known (Kafka may be away at first: the index serves anyway). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        starter = new Thread(this::startWhenTopicKnown, "search-indexer-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startWhenTopicKnown() {
        while (running) {
            try {
                List<TopicPartitionOffset> partitions = partitions();
                synchronized (this) {
                    if (running) {
                        container = container(partitions);
                        container.start();
                    }
                }
                return;
            } catch (KafkaException e) {
                log.warn("Kafka unavailable for the search indexer ({}); retrying", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return; // stopping
                }
            }
        }
    }

    /** Every partition of the topic, each at the live generation's offset (0 when the index has none yet). */
    private List<TopicPartitionOffset> partitions() {
        try (Consumer<byte[], byte[]> kafka = consumers.createConsumer()) {
            List<PartitionInfo> infos = kafka.partitionsFor(store.topic(), Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                throw new KafkaException("topic " + store.topic() + " has no partitions yet");
            }
            Map<Integer, Long> offsets = store.current().offsets();
            // Explicit offsets need no broker round trip, so the listener's seek on assignment always runs.
            return infos.stream().map(info -> new TopicPartitionOffset(store.topic(), info.partition(),
                    offsets.getOrDefault(info.partition(), 0L))).toList();
        }
    }

    private static final Duration PAUSED_POLL = Duration.ofMillis(5);

    private ConcurrentMessageListenerContainer<byte[], byte[]> container(List<TopicPartitionOffset> partitions) {
        ContainerProperties properties = new ContainerProperties(partitions.toArray(TopicPartitionOffset[]::new));
        properties.setMessageListener(listener);
        properties.setAckMode(ContainerProperties.AckMode.MANUAL); // never acknowledged: offsets live in Lucene
        properties.setSyncCommits(false); // the error handler's reports to the group must not wait for Kafka
        properties.setCommitCallback((offsets, error) -> {});
        properties.setPollTimeout(100);
        properties.setShutdownTimeout(SHUTDOWN.toMillis());
        properties.setIdleEventInterval(100L);
        // The rest of a batch after a dead-lettered record comes back from memory after one paused poll; at the
        // default 100 ms for that poll, the fault suite's 100 poison records held the indexer ~14 s.
        properties.setPollTimeoutWhilePaused(PAUSED_POLL);
        var created = new ConcurrentMessageListenerContainer<>(consumers, properties);
        created.setBeanName("search-indexer");
        created.setCommonErrorHandler(DeadLetters.errorHandler(deadLetterTemplate, deadLetterTopic,
                settings.poisonAttempts(), metrics, tracing, listener::deadLettered));
        // Idle events arrive on the consumer thread with its consumer: housekeeping goes on while nothing comes.
        created.setApplicationEventPublisher(event -> {
            if (event instanceof ListenerContainerIdleEvent idle && idle.getConsumer() != null) {
                listener.idle(idle.getConsumer());
            }
        });
        return created;
    }

    /** Stops consuming (the batch in hand is finished first) and, unless halted, makes what was applied durable. */
    public void stop() {
        synchronized (this) {
            running = false;
        }
        Thread waiting = starter;
        if (waiting != null) {
            waiting.interrupt();
        }
        ConcurrentMessageListenerContainer<byte[], byte[]> live = container;
        if (live != null) {
            live.stop();
        }
        listener.cancelSwap("indexer stopped");
        IndexGeneration generation = store.current();
        try {
            if (commitOnStop && generation.isDirty()) {
                generation.commit();
            }
        } catch (Exception e) {
            log.error("Final index commit failed; the index resumes from its previous commit", e);
        }
    }

    /** Stops as a crash would: nothing after the last periodic commit is made durable. */
    public void halt() {
        commitOnStop = false;
        stop();
    }

    /** Asks the consumer thread to make {@code generation} (fully built and committed) the live index. */
    public CompletableFuture<Void> requestSwap(IndexGeneration generation) {
        if (!running) {
            return CompletableFuture.failedFuture(new IllegalStateException("indexer is stopping"));
        }
        return listener.requestSwap(generation);
    }

    /** Records still to index across all partitions; -1 until first known. */
    public long lag() {
        return progress.lag();
    }

    /** Whether the index has reached the end of the topic at least once since start. */
    public boolean caughtUp() {
        return progress.caughtUp();
    }

    public Instant lastPoll() {
        return progress.lastPoll();
    }

    public boolean isRunning() {
        ConcurrentMessageListenerContainer<byte[], byte[]> live = container;
        return running && (live == null || live.isRunning());
    }
}
