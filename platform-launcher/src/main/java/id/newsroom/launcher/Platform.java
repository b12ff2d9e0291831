package id.newsroom.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.newsroom.infra.EmbeddedKafkaBroker;
import id.newsroom.infra.MongoStandIn;
import id.newsroom.infra.Ports;

/**
 * The whole platform on one machine without Docker: a KRaft Kafka broker and the MongoDB stand-in inside this JVM
 * (unless external ones are given), and the four services, the web frontend and (when given ports) the identity server
 * and the editors' desk as child processes. Used by the local run and by the
 * end-to-end tests, so that what the tests drive is what a developer runs.
 */
public final class Platform implements AutoCloseable {

    static final String TOPIC = "news.articles.v1";
    static final String MEDIA_TOPIC = "news.media.v1";
    // Generous: on a shared 2-core machine under load a Boot service has needed more than 150 s to start.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final PlatformConfig config;
    private final LeftoverProcesses leftovers;
    private EmbeddedKafkaBroker kafka;
    private MongoStandIn mongo;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Supervisor supervisor;
    private int instances = 1;
    private String kafkaBootstrapServers;
    private String mongoUri;

    Platform(PlatformConfig config) {
        this.config = config;
        this.leftovers = new LeftoverProcesses(config.dataDir());
    }

    /** Stops what a killed launcher left running on this data folder; says what it stopped. */
    List<String> stopLeftovers() {
        return leftovers.stop();
    }

    /** Another process started for this platform (Prometheus), to be stopped by the next start if it outlives us. */
    void track(ProcessHandle process) {
        leftovers.add(process);
    }

    /** Starts everything and returns once every service reports UP; throws (after stopping all) if one cannot. */
    Platform start() {
        try {
            stopLeftovers();
            startInfrastructure();
            startServices();
            leftovers.record(services.stream().map(ServiceProcess::handle).toList());
            awaitHealthy();
            supervise();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startInfrastructure() {
        if (config.startsKafka()) {
            kafka = EmbeddedKafkaBroker.start(config.dataDir().resolve("kafka"), config.kafkaPort());
            kafkaBootstrapServers = kafka.bootstrapServers();
        } else {
            kafkaBootstrapServers = config.kafkaBootstrapServers();
        }
        EmbeddedKafkaBroker.createTopic(kafkaBootstrapServers, TOPIC, 3, Map.of("cleanup.policy", "compact"));
        for (String service : List.of("feed-service", "search-service")) {
            // As many partitions as the main topic: the binder dead-letters a record to the partition it came from.
            EmbeddedKafkaBroker.createTopic(kafkaBootstrapServers, TOPIC + ".dlq." + service, 3, Map.of());
        }
        // Media events: article-service keeps its replica of the media's metadata from them.
        EmbeddedKafkaBroker.createTopic(kafkaBootstrapServers, MEDIA_TOPIC, 3, Map.of("cleanup.policy", "compact"));
        EmbeddedKafkaBroker.createTopic(kafkaBootstrapServers, MEDIA_TOPIC + ".dlq.article-service", 3, Map.of());
        if (config.startsMongo()) {
            mongo = MongoStandIn.start(mongoFile(), config.mongoPort());
            mongoUri = mongo.connectionString();
        } else {
            mongoUri = config.mongoUri();
        }
    }

    private void startServices() {
        String frontendUrl = "http://localhost:" + config.frontendPort();
        ServiceArguments arguments = new ServiceArguments(config, mongoUri, kafkaBootstrapServers);
        start("article-service", config.articlePort(), arguments.articleService(frontendUrl));
        start("feed-service", config.feedPort(), arguments.feedService(frontendUrl));
        start("search-service", config.searchPort(), arguments.searchService());
        // One media-service whatever the instance count: it holds no consumer group and serves from its store.
        services.add(ServiceProcess.start("media-service", config.jar("media-service"), config.mediaPort(),
                arguments.mediaService("http://localhost:" + config.mediaPort()),
                config.dataDir().resolve("logs").resolve("media-service.log")));
        // article-service answers the previews of unpublished stories.
        start("web-frontend", config.frontendPort(), List.of("--frontend.site-url=" + frontendUrl,
                "--frontend.feed-url=" + feedServiceUrl(), "--frontend.search-url=" + searchServiceUrl(),
                "--frontend.article-url=" + articleServiceUrl()));
        if (config.startsDesk()) {
            // One of each: the provider keeps its sessions and keys in memory, the desk its users' sessions.
            startOne("identity-server", config.identityPort(), arguments.identityServer());
            startOne("editor-desk", config.deskPort(), arguments.editorDesk(frontendUrl));
        }
    }

    private void startOne(String module, int port, List<String> args) {
        services.add(ServiceProcess.start(module, config.jar(module), port, args,
                config.dataDir().resolve("logs").resolve(module + ".log")));
    }

    /**
     * Starts the service's instances: the first on the configured port with the given arguments, further ones (named
     * {@code <module>-2}, ...) on free ports, each with its own folder wherever the arguments point into the data folder
     * (search-service's index). They share Kafka and MongoDB, so they share the consumer groups and databases.
     */
    private void start(String module, int port, List<String> args) {
        for (int i = 1; i <= instances; i++) {
            String name = i == 1 ? module : module + "-" + i;
            String ownData = config.dataDir().resolve("instance-" + i).toString();
            List<String> instanceArgs = i == 1
                    ? args
                    : args.stream().map(a -> a.replace(config.dataDir().toString(), ownData)).toList();
            services.add(ServiceProcess.start(name, config.jar(module), i == 1 ? port : Ports.free(), instanceArgs,
                    config.dataDir().resolve("logs").resolve(name + ".log")));
        }
    }

    /** How many instances of every service {@link #start()} starts (default 1); call before it. */
    Platform instances(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one instance per service, not " + count);
        }
        this.instances = count;
        return this;
    }

    /** The running instances of one service (module name), first instance first. */
    List<ServiceProcess> instancesOf(String module) {
        return services.stream().filter(s -> s.name().equals(module) || s.name().startsWith(module + "-")
                && s.name().substring(module.length() + 1).chars().allMatch(Character::isDigit)).toList();
    }

    private void awaitHealthy() {
        // Every instance is another JVM starting on the same cores at the same time: each gets its share of time.
        Duration timeout = START_TIMEOUT.multipliedBy(instances);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new PlatformStartException(service.name() + " stopped while starting. Last lines of "
                            + service.logFile() + ":\n" + service.logTail(40));
                }
                if (service.isHealthy()) {
                    waiting.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new PlatformStartException(late.name() + " did not report UP within " + timeout.toSeconds()
                        + " s. Last lines of " + late.logFile() + ":\n" + late.logTail(40));
            }
            pause(Duration.ofMillis(300));
        }
    }

    /** From here on a service that exits is restarted (console and logs/launcher.log say so); close() ends that. */
    private void supervise() {
        supervisor = new Supervisor(Supervisor.Backoff.DEFAULT, System.err,
                config.dataDir().resolve("logs").resolve("launcher.log"), leftovers::add);
        services.forEach(supervisor::watch);
    }

    /** Where this platform keeps its data and logs. */
    Path dataDir() {
        return config.dataDir();
    }

    /** How often the supervisor restarted this service since the platform started. */
    int restarts(String service) {
        return supervisor == null ? 0 : supervisor.restarts(service);
    }

    public String articleServiceUrl() {
        return instancesOf("article-service").get(0).baseUrl();
    }

    public String feedServiceUrl() {
        return instancesOf("feed-service").get(0).baseUrl();
    }

    public String searchServiceUrl() {
        return instancesOf("search-service").get(0).baseUrl();
    }

    /** Photos: upload API and public variants (media-service). */
    public String mediaServiceUrl() {
        return instancesOf("media-service").get(0).baseUrl();
    }

    /** The editors' desk, or null when this platform runs without it. */
    public String deskUrl() {
        return config.startsDesk() ? "http://localhost:" + config.deskPort() : null;
    }

    /** The local OpenID provider (its issuer URL), or null without the desk. */
    public String identityUrl() {
        return config.startsDesk() ? config.identityPublicUrl() : null;
    }

    /** The readers' site (web-frontend). */
    public String frontendUrl() {
        return instancesOf("web-frontend").get(0).baseUrl();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    /** Operations drill for tests: take the embedded broker away; {@link #startKafka()} brings it back as it was. */
    void stopKafka() {
        kafka.stop();
    }

    void startKafka() {
        kafka.start();
    }

    /** Operations drill for tests: stop the MongoDB stand-in (its data is kept); {@link #startMongo()} restarts it. */
    void stopMongo() {
        mongo.close();
    }

    void startMongo() {
        mongo = MongoStandIn.start(mongoFile(), mongo.port());
    }

    private Path mongoFile() {
        return config.dataDir().resolve("mongo").resolve("data.mv");
    }

    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops the services first (they flush their consumers and outbox), then the broker and MongoDB. */
    @Override
    public synchronized void close() {
        if (supervisor != null) {
            supervisor.close(); // first, so the services' exits below are not taken for crashes
        }
        services.parallelStream().forEach(s -> s.stop(Duration.ofSeconds(20)));
        if (services.stream().noneMatch(ServiceProcess::isAlive)) {
            leftovers.clear();
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // polling interval of a start-up loop, not a test wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while starting");
        }
    }

    /** A start that failed for a reason a person can act on; the message says which. */
    static final class PlatformStartException extends RuntimeException {
        PlatformStartException(String message) {
            super(message);
        }
    }
}
