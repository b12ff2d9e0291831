package id.newsroom.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import id.newsroom.infra.Ports;

/**
 * The local run ({@code ./run-local.sh}): Kafka on 9092, the MongoDB stand-in on 27017 (unless {@code MONGODB_URI} is
 * set), the four services on 8081-8084, the readers' site on 8080, the editors' desk on 8085 with its identity
 * server on 8180, demo data with photos on first start. Runs in the
 * foreground; Ctrl-C or SIGTERM stops everything it started. Data lives in {@code .local/} of the repository, so a restart keeps it.
 */
public final class LocalPlatform {

    private LocalPlatform() {}

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("news.root", ".")).toAbsolutePath().normalize();
        String externalMongo = blankToNull(System.getenv("MONGODB_URI"));
        String dataDir = blankToNull(System.getenv("NEWS_DATA_DIR")); // the benchmark keeps its archive apart
        PlatformConfig config = new PlatformConfig(root, dataDir == null ? root.resolve(".local") : Path.of(dataDir),
                9092, null, 27017, externalMongo, 8081, 8082, 8083, 8084, 8080, 8180, 8085);

        // NEWS_INSTANCES=2 starts two of every service (the first on the usual ports, the others on free ones).
        Platform platform = new Platform(config).instances(Integer.parseInt(
                System.getenv().getOrDefault("NEWS_INSTANCES", "1").trim()));
        platform.stopLeftovers().forEach(System.out::println);
        List<String> busy = busyPorts(config);
        if (!busy.isEmpty()) {
            System.err.println("Cannot start: " + String.join("; ", busy) + ".");
            System.err.println("Stop the program that holds it (see: ss -ltnp) and start again.");
            System.exit(2);
        }

        AtomicReference<LocalPrometheus> prometheus = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform...");
            if (prometheus.get() != null) {
                prometheus.get().stop();
            }
            platform.close();
            System.out.println("Stopped. Data kept in " + config.dataDir());
            stopped.countDown();
        }, "platform-stop"));

        long started = System.nanoTime();
        System.out.println("Starting Kafka, "
                + (config.startsMongo() ? "the MongoDB stand-in" : "MongoDB at " + externalMongo)
                + ", the four services, the web frontend, the identity server and the desk (logs in "
                + config.dataDir().resolve("logs") + ")...");
        try {
            platform.start();
        } catch (Platform.PlatformStartException e) {
            System.err.println("The platform could not start: " + e.getMessage());
            System.exit(1);
        }
        int loaded = new DemoLoader(platform.articleServiceUrl(), platform.mediaServiceUrl()).loadIfEmpty();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LocalPrometheus.startIfInstalled(root, config.dataDir(), platform).ifPresent(p -> {
            prometheus.set(p);
            platform.track(p.handle());
        });
        printBanner(platform, loaded, seconds, prometheus.get() == null
                ? ""
                : "\n  On-call dashboard  " + prometheus.get().dashboardUrl() + "   (Prometheus "
                        + prometheus.get().url() + ", alert rules of ops/prometheus, runbook ops/README.md)");
        if (platform.services().size() > 7) { // more than one instance of each
            platform.services().forEach(s -> System.out.println("  instance " + s.name() + "  " + s.baseUrl()));
        }
        System.out.println("\nA service that stops on its own is restarted (restarts counted in logs/launcher.log)."
                + " Operator commands: ./ops.sh status.\nCtrl-C stops everything.");
        stopped.await(); // the foreground: wait until Ctrl-C or SIGTERM runs the shutdown hook
    }

    private static List<String> busyPorts(PlatformConfig config) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(config.kafkaPort(), "Kafka");
        if (config.startsMongo()) {
            wanted.put(config.mongoPort(), "MongoDB");
        }
        wanted.put(config.articlePort(), "article-service");
        wanted.put(config.feedPort(), "feed-service");
        wanted.put(config.searchPort(), "search-service");
        wanted.put(config.mediaPort(), "media-service");
        wanted.put(config.frontendPort(), "web-frontend");
        wanted.put(config.identityPort(), "identity-server");
        wanted.put(config.deskPort(), "editor-desk");
        List<String> busy = new ArrayList<>();
        wanted.forEach((port, what) -> {
            if (Ports.inUse(port)) {
                busy.add("port " + port + " (for " + what + ") is already in use");
            }
        });
        return busy;
    }

    private static void printBanner(Platform platform, int loaded, long seconds, String dashboard) {
        String a = platform.articleServiceUrl();
        String f = platform.feedServiceUrl();
        String s = platform.searchServiceUrl();
        String m = platform.mediaServiceUrl();
        System.out.println(
                """

                        The news platform is up (%d s).%s

                          Readers' site   %s/
                          Editors' desk   %s/                 (sign-in: identity server %s)
                          Editors' API    %s/api/articles          Swagger UI %s/swagger-ui.html
                          Reader feeds    %s/api/feed              RSS %s/feeds/rss.xml
                          Search          %s/api/search?q=tangsel
                          Photos          %s/api/media             (upload: curl -u editor:editor-pass -F file=@foto.jpg %s/api/media)
                          Health/metrics  /actuator/health, /actuator/prometheus on each service
                          Kafka           %s   topic news.articles.v1
                          MongoDB         %s%s

                          Demo users (desk sign-in and HTTP Basic): %s / %s (EDITOR), %s / %s (WRITER), operator / operator-pass (OPERATOR)
                          Try: curl -u %s:%s -H 'Content-Type: application/json' %s/api/articles \\
                                 -d '{"title":"Pemkot Tangerang Gelar Bimtek UMKM","summary":"Pelatihan untuk pelaku usaha.","body":"<p>Isi berita.</p>","category":"bisnis","tags":["umkm"]}'"""
                        .formatted(
                                seconds, loaded > 0 ? " Loaded " + loaded + " demo articles." : "",
                                platform.frontendUrl(), platform.deskUrl(), platform.identityUrl(),
                                a, a, f, f, s, m, m, platform.kafkaBootstrapServers(), platform.mongoUri(), dashboard,
                                DemoLoader.EDITOR_USER, DemoLoader.EDITOR_PASSWORD, DemoLoader.WRITER_USER,
                                DemoLoader.WRITER_PASSWORD,
                                DemoLoader.EDITOR_USER, DemoLoader.EDITOR_PASSWORD, a));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
