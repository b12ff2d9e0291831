package id.newsroom.wordpress;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/** What one run did: the server's counts summed over the batches, plus what the importer skipped or noticed. */
final class ImportSummary {

    /** A post the server did not take, with the reason. */
    record Failure(long postId, String title, String reason) {}

    /** A post whose slug could not be kept. */
    record SlugChange(long postId, String requested, String slug, String reason) {}

    int posts;
    int imported;
    int updated;
    int unchanged;
    final Map<String, Integer> skipped = new TreeMap<>();
    final List<Failure> failed = new ArrayList<>();
    final List<SlugChange> slugChanges = new ArrayList<>();

    /**
     * Adds one batch's report; {@code sent} maps the batch's line numbers (from 1) to the posts sent on them, whose
     * failures count except on the lines {@code sentAgain}.
     */
    void add(JsonNode report, List<WxrItem> sent, Set<Integer> sentAgain) {
        imported += report.path("imported").asInt();
        updated += report.path("updated").asInt();
        unchanged += report.path("unchanged").asInt();
        for (JsonNode f : report.path("failed")) {
            if (sentAgain.contains(f.path("line").asInt())) {
                continue;
            }
            WxrItem item = sent.get(f.path("line").asInt() - 1);
            failed.add(new Failure(item.postId(), item.title(), f.path("problem").path("status").asInt() + " "
                    + f.path("problem").path("detail").asString()));
        }
        for (JsonNode s : report.path("slugChanged")) {
            WxrItem item = sent.get(s.path("line").asInt() - 1);
            slugChanges.add(new SlugChange(item.postId(), s.path("requested").asString(), s.path("slug").asString(),
                    s.path("reason").asString()));
        }
    }

    void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** {@code pictures} null: the run left the pictures on the old site ({@code --no-pictures}). */
    void print(PrintStream out, Pictures pictures, Map<String, Integer> droppedShortcodes,
            Map<String, Integer> unmapped, String fallback) {
        out.printf("Items read: %d%n", posts);
        out.printf("Imported: %d, updated: %d, unchanged: %d%n", imported, updated, unchanged);
        out.printf("Skipped: %d%s%n", total(skipped), skipped.isEmpty() ? "" : " " + skipped);
        out.printf("Failed: %d%n", failed.size());
        failed.forEach(f -> out.printf("  post %d \"%s\": %s%n", f.postId(), f.title(), f.reason()));
        if (!slugChanges.isEmpty()) {
            out.printf("Slugs changed: %d%n", slugChanges.size());
            slugChanges.forEach(s -> out.printf("  post %d: '%s' -> '%s' (%s)%n", s.postId(), s.requested(), s.slug(),
                    s.reason()));
        }
        printPictures(out, pictures);
        out.printf("Shortcodes dropped: %d%s%n", total(droppedShortcodes),
                droppedShortcodes.isEmpty() ? "" : " " + droppedShortcodes);
        unmapped.forEach((category, count) -> out.printf(
                "Warning: category %s has no section; %d post(s) went to '%s' (map it with --sections)%n",
                category, count, fallback));
    }

    private static void printPictures(PrintStream out, Pictures pictures) {
        if (pictures == null) {
            out.println("Pictures: left on the old site (--no-pictures)");
            return;
        }
        out.printf("Pictures imported: %d, reused: %d, failed: %d%s%n", pictures.imported, pictures.reused,
                pictures.failed.size(), pictures.failed.isEmpty()
                        ? ""
                        : " (their posts were imported without them; this alone does not change the exit code)");
        pictures.failed.values().forEach(f -> out.printf("  %s (post%s %s): %s%n", f.url(),
                f.posts().size() == 1 ? "" : "s",
                String.join(", ", f.posts().stream().map(String::valueOf).toList()), f.reason()));
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
