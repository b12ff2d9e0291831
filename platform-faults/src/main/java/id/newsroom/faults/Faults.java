package id.newsroom.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The drills, planned up front from the seed (which kind at which acknowledged write, each with its own random source)
 * and run two at a time on their own threads while the editor keeps writing. A killed or stopped process stays down for
 * a random moment, is started again, and its drill ends once every process serves again.
 */
final class Faults implements AutoCloseable {

    enum Kind {
        KAFKA_KILL("SIGKILL Kafka broker + restart"),
        ARTICLE_KILL("SIGKILL article-service + restart"),
        FEED_KILL("SIGKILL feed-service + restart"),
        SEARCH_KILL("SIGKILL search-service + restart"),
        MONGO_STOP("MongoDB endpoint stopped + started"),
        REDELIVER("duplicate/out-of-order redelivery"),
        POISON("poison records on the topic");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Planned(int atWrite, Kind kind, long seed) {}

    static final int POISON_RECORDS = 100;

    private final Cluster cluster;
    private final PrintStream out;
    private final TopicDrills topic;
    private final String poisonPrefix;
    private final List<Planned> plan;
    // Two drills at a time: they overlap (a service killed while MongoDB is away) and the run stays short.
    private final ExecutorService runner = Executors.newFixedThreadPool(2, r -> new Thread(r, "fault-drills"));
    private final List<Future<?>> running = new ArrayList<>();
    private final Map<Kind, Integer> injected = new EnumMap<>(Kind.class);
    private final List<String> poisonKeys = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger redelivered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    private int next;
    private int poisonDrills;
    private volatile long lastRestartNanos = System.nanoTime();

    Faults(Cluster cluster, TopicDrills topic, Random random, int writes, int perKind, String poisonPrefix,
            PrintStream out) {
        this.cluster = cluster;
        this.out = out;
        this.topic = topic;
        this.poisonPrefix = poisonPrefix;
        List<Planned> p = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) {
                // Between 10% and 85% of the writes: the editor writes before, during and after every drill.
                p.add(new Planned(writes / 10 + random.nextInt(Math.max(1, writes * 3 / 4)), kind, random.nextLong()));
            }
        }
        p.sort(Comparator.comparingInt(Planned::atWrite));
        this.plan = p;
    }

    /**
     * Called by the editor before each write: hands every drill that is due to the drill threads, and holds the editor
     * until they have started, so that every drill happens while the editor writes (a restart can take a minute on a
     * busy machine; the editor would otherwise finish first).
     */
    void beforeWrite(int acknowledgedWrites) {
        while (next < plan.size() && plan.get(next).atWrite() <= acknowledgedWrites) {
            Planned drill = plan.get(next++);
            Kind kind = drill.kind();
            running.add(runner.submit(() -> {
                started.incrementAndGet();
                long t0 = System.nanoTime();
                out.printf("  drill at write %d: %s%n", acknowledgedWrites, kind.label);
                run(kind, new Random(drill.seed())); // its own, so that overlapping drills stay reproducible
                out.printf("  drill done (%s) in %.1f s%n", kind.label, (System.nanoTime() - t0) / 1e9);
            }));
        }
        while (started.get() < running.size()) {
            Pause.of(Duration.ofMillis(50));
        }
    }

    /** Waits for every drill to finish (each leaves its process started again); rethrows a drill's failure. */
    void awaitAll(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> f : running) {
            f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void run(Kind kind, Random random) {
        switch (kind) {
            case KAFKA_KILL -> bounce(cluster.kafka, true, random);
            case ARTICLE_KILL -> bounce(cluster.article, true, random);
            case FEED_KILL -> bounce(cluster.feed, true, random);
            case SEARCH_KILL -> bounce(cluster.search, true, random);
            case MONGO_STOP -> bounce(cluster.mongo, false, random);
            case REDELIVER -> {
                int count = 50 + random.nextInt(100);
                whenKafkaServes(() -> redelivered.addAndGet(topic.redeliver(Cluster.TOPIC, count, random)));
            }
            case POISON -> {
                synchronized (poisonKeys) {
                    int drillsLeft = (int) plan.stream().filter(p -> p.kind() == Kind.POISON).count() - poisonDrills++;
                    int count = (POISON_RECORDS - poisonKeys.size()) / Math.max(1, drillsLeft);
                    String prefix = poisonPrefix + "-" + poisonKeys.size();
                    whenKafkaServes(() -> poisonKeys.addAll(topic.poison(Cluster.TOPIC, prefix, count)));
                }
            }
        }
        synchronized (injected) {
            injected.merge(kind, 1, Integer::sum);
        }
    }

    /**
     * Runs a drill on the topic, again if the broker went away meanwhile (another drill may have killed it): a
     * repeated redelivery or poison batch only adds duplicates, which is what these drills are about anyway.
     */
    private void whenKafkaServes(Runnable drill) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            try {
                drill.run();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                out.printf("  (Kafka away during a topic drill: %s; trying again when it serves)%n", e.getMessage());
                cluster.awaitReady(Duration.ofMinutes(4));
            }
        }
    }

    private void bounce(Node node, boolean kill, Random random) {
        if (kill) {
            node.kill();
        } else {
            node.terminate(Duration.ofSeconds(20));
        }
        Pause.of(Duration.ofMillis(500 + random.nextInt(2500))); // how long it stays away
        node.restart();
        lastRestartNanos = System.nanoTime();
        cluster.awaitReady(Duration.ofMinutes(4));
    }

    List<Planned> plan() {
        return plan;
    }

    Map<Kind, Integer> injected() {
        synchronized (injected) {
            return new EnumMap<>(injected);
        }
    }

    List<String> poisonKeys() {
        synchronized (poisonKeys) {
            return List.copyOf(poisonKeys);
        }
    }

    int redelivered() {
        return redelivered.get();
    }

    long lastRestartNanos() {
        return lastRestartNanos;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
