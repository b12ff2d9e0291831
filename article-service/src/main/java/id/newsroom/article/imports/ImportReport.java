package id.newsroom.article.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to one import: how many articles were new, changed or already up to date, each failed line with its
 * RFC 9457 problem, and every article whose requested slug was taken or invalid (it got another one).
 */
@Schema(description = "Hasil impor arsip")
public record ImportReport(int imported, int updated, int unchanged, List<Failed> failed,
        List<SlugChanged> slugChanged) {

    public record Failed(int line, String externalId, Map<String, Object> problem) {}

    public record SlugChanged(int line, String externalId, String requested, String slug, String reason) {}

    /** Counts while the import runs (one request, one thread). */
    static final class Tally {
        int imported;
        int updated;
        int unchanged;
        final List<Failed> failed = new ArrayList<>();
        final List<SlugChanged> slugChanged = new ArrayList<>();

        ImportReport report() {
            return new ImportReport(imported, updated, unchanged, List.copyOf(failed), List.copyOf(slugChanged));
        }
    }
}
