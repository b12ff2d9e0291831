package id.newsroom.wordpress;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Lines to article-service's archive import in batches. A line naming a media that article-service does not know yet
 * (422 {@code unknown-media}: a picture imported moments ago reaches article-service through media-service's events)
 * is sent again, alone with the others in that case, after a short pause, until {@code mediaWait} has passed; then
 * its failure is reported like any other.
 */
final class Batches {

    private static final String UNKNOWN_MEDIA = "/unknown-media";

    private final ImportClient client;
    private final ImportSummary summary;
    private final Duration mediaWait;
    private final List<WxrItem> items = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    Batches(ImportClient client, ImportSummary summary, Duration mediaWait) {
        this.client = client;
        this.summary = summary;
        this.mediaWait = mediaWait;
    }

    /** Adds a line; sends the batch when it is full. */
    void add(WxrItem item, String line) throws IOException, InterruptedException {
        items.add(item);
        lines.add(line);
        if (items.size() >= WordpressImport.BATCH) {
            flush();
        }
    }

    void flush() throws IOException, InterruptedException {
        List<WxrItem> sending = new ArrayList<>(items);
        List<String> text = new ArrayList<>(lines);
        items.clear();
        lines.clear();
        long deadline = System.nanoTime() + mediaWait.toNanos();
        long pause = 250;
        while (!sending.isEmpty()) {
            JsonNode report = client.importLines(String.join("\n", text) + "\n");
            Set<Integer> again = System.nanoTime() < deadline ? awaitingMedia(report) : Set.of();
            summary.add(report, sending, again);
            List<WxrItem> nextItems = new ArrayList<>();
            List<String> nextText = new ArrayList<>();
            for (int line : again) {
                nextItems.add(sending.get(line - 1));
                nextText.add(text.get(line - 1));
            }
            sending = nextItems;
            text = nextText;
            if (!sending.isEmpty()) {
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 4000);
            }
        }
    }

    /** The lines (from 1) that failed only because their media has not reached article-service yet. */
    private static Set<Integer> awaitingMedia(JsonNode report) {
        Set<Integer> lines = new HashSet<>();
        for (JsonNode f : report.path("failed")) {
            JsonNode problem = f.path("problem");
            if (problem.path("type").asString("").endsWith(UNKNOWN_MEDIA)
                    && !problem.path("detail").asString("").contains("was deleted")) {
                lines.add(f.path("line").asInt());
            }
        }
        return lines;
    }
}
