package id.newsroom.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The photos of the benchmark: media-service's demo photos shown by the corpus, and their variant URLs. */
final class Photos {

    private final Http http;

    Photos(Http http) {
        this.http = http;
    }

    /** The media the platform holds (the demo photos the launcher uploaded on its first start). */
    List<String> awaitDemoPhotos() throws InterruptedException {
        // The launcher uploads them once the services are up: wait until their number holds still for 10 s.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<String> ids = List.of();
        int stableRounds = 0;
        while (stableRounds < 20 && System.nanoTime() < deadline) {
            HttpResponse<String> r = http.editor("GET", PlatformRun.MEDIA + "/api/media?limit=100", null, null,
                    Duration.ofSeconds(30));
            require(r.statusCode() == 200, "GET /api/media answered " + r.statusCode() + ": " + r.body());
            List<String> now = http.parse(r.body()).path("items").valueStream().map(m -> m.path("id").asString())
                    .toList();
            stableRounds = !now.isEmpty() && now.size() == ids.size() ? stableRounds + 1 : 0;
            ids = now;
            TimeUnit.MILLISECONDS.sleep(500); // polling the launcher's demo upload
        }
        System.out.println("Stories with a picture show the " + ids.size() + " photos media-service holds.");
        return ids;
    }

    /**
     * Every variant URL of the photos, both formats: what readers' browsers fetch from media-service. Each is asked
     * once here, so that the reads measure serving, not the first request's making of a variant (a saturated machine
     * starves the background warm-up: the 2026-12-07 run measured 22 req/s of variants being made).
     */
    List<String> variantPaths() {
        HttpResponse<String> r = http.editor("GET", PlatformRun.MEDIA + "/api/media?limit=100", null, null,
                Duration.ofSeconds(30));
        List<String> paths = new ArrayList<>();
        http.parse(r.body()).path("items").valueStream().forEach(m -> m.path("variants").valueStream()
                .forEach(formats -> formats.valueStream().forEach(url -> paths
                        .add(url.asString().replaceFirst("^https?://[^/]+", "")))));
        paths.forEach(path -> http.get(PlatformRun.MEDIA + path));
        return paths;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
