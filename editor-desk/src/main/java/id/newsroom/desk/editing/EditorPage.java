package id.newsroom.desk.editing;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.desk.DeskUser;
import id.newsroom.desk.stories.StoryRow;
import tools.jackson.databind.JsonNode;

/**
 * The editor's page: the fields to edit (a published story's working copy when it has one, so autosaves never
 * touch the live page) and what the script needs to save them (id, ETag, status, role).
 */
public record EditorPage(DeskUser user, String id, String etag, String status, String statusLabel,
        String reviewState, String reviewNote, boolean workingCopy, String title, String summary, String body,
        String category, List<Section> sections, String tags, String authorId, String authorName, String slug,
        boolean slugChosen, Image image, String seoTitle, String seoDescription, String liveUrl) {

    public record Section(String slug, String name) {}

    public record Image(String mediaId, String url, String alt, String caption, String credit) {

        static Image of(JsonNode image) {
            if (image == null || image.isNull() || image.isMissingNode()) {
                return new Image("", "", "", "", "");
            }
            return new Image(image.path("mediaId").asString(""), image.path("url").asString(""),
                    image.path("alt").asString(""), image.path("caption").asString(""),
                    image.path("credit").asString(""));
        }
    }

    static EditorPage of(DeskUser user, JsonNode article, String etag, JsonNode categories, String siteUrl) {
        JsonNode copy = article.path("workingCopy");
        boolean hasCopy = copy.isObject();
        JsonNode fields = hasCopy ? copy : article;
        List<String> tags = new ArrayList<>();
        fields.path("tags").forEach(t -> tags.add(t.asString("")));
        String status = article.path("status").asString("");
        String slug = article.path("slug").asString("");
        // A slug the editor chose waits in the working copy until the update is published; the page shows that one.
        String chosen = hasCopy ? copy.path("slug").asString("") : "";
        JsonNode review = article.path("review");
        return new EditorPage(user, article.path("id").asString(""), etag == null ? "" : etag, status,
                StoryRow.statusLabelOf(status), review.path("state").asString(""), review.path("note").asString(""),
                hasCopy, fields.path("title").asString(""), fields.path("summary").asString(""),
                fields.path("body").asString(""), fields.path("category").path("slug").asString(""),
                sections(categories),
                String.join(", ", tags), fields.path("author").path("id").asString(""),
                fields.path("author").path("name").asString(""), chosen.isEmpty() ? slug : chosen,
                !chosen.isEmpty(), Image.of(fields.get("image")),
                fields.path("seo").path("title").asString(""), fields.path("seo").path("description").asString(""),
                "PUBLISHED".equals(status) ? siteUrl + "/berita/" + slug : null);
    }

    /** The sections of {@code GET /api/categories}. */
    public static List<Section> sections(JsonNode categories) {
        List<Section> sections = new ArrayList<>();
        categories.path("items").forEach(c -> sections.add(new Section(c.path("slug").asString(""),
                c.path("name").asString(""))));
        return sections;
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
