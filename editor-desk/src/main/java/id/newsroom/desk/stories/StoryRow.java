package id.newsroom.desk.stories;

import java.time.LocalDate;

import id.newsroom.desk.Wib;
import tools.jackson.databind.JsonNode;

/** One line of the story list, in the newsroom's words. */
public record StoryRow(String id, String title, String status, String statusLabel, String reviewLabel,
        String section, String author, String updated, boolean today, String editingBy) {

    static StoryRow of(JsonNode item, LocalDate today) {
        String status = item.path("status").asString("");
        String updatedAt = item.path("updatedAt").asString("");
        JsonNode holder = item.path("lock").path("holder");
        return new StoryRow(item.path("id").asString(""), item.path("title").asString(""), status,
                statusLabelOf(status), reviewLabel(item.path("review").path("state").asString("")),
                item.path("category").path("name").asString(item.path("category").path("slug").asString("")),
                item.path("author").path("name").asString(""), Wib.format(updatedAt, today),
                Wib.isToday(updatedAt, today),
                holder.isMissingNode() || holder.isNull() ? null : holder.path("name").asString(null));
    }

    public static String statusLabelOf(String status) {
        return switch (status) {
            case "DRAFT" -> "Draf";
            case "SCHEDULED" -> "Terjadwal";
            case "PUBLISHED" -> "Terbit";
            case "UNPUBLISHED" -> "Ditarik";
            case "DELETED" -> "Dihapus";
            default -> status;
        };
    }

    static String reviewLabel(String state) {
        return switch (state) {
            case "SUBMITTED" -> "Menunggu review";
            case "RETURNED" -> "Dikembalikan";
            default -> null;
        };
    }
}
